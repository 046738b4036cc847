extension BuiltinSources {
    /// Whether a rule-set or calendar reference names a built-in rather than a path, as the
    /// loader reads it; callers use this to resolve only real paths against their folder.
    public static func isBuiltinReference(_ reference: String) -> Bool { builtinName(reference) != nil }
}
