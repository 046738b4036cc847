/// The version `govlint --version` prints.
enum GovlintVersion {
    static let current = "0.1.0"
}
