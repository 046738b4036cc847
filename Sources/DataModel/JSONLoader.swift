/// Reads a JSON file (RFC 8259, strict) into one `Document`.
///
/// A dedicated byte-level parser rather than libyaml: it reports JSON's own errors (trailing
/// commas, comments, single quotes, leading zeros) at their character and runs several times
/// faster (see `Benchmarks/load.sh`).
enum JSONLoader {
    /// Loads the UTF-8 `text` of `file`.
    static func load(_ text: UnsafeBufferPointer<UInt8>, file: FileID, options: LoadOptions) -> LoadedFile {
        var parser = JSONParser(text: text, file: file, options: options)
        do {
            let root = try parser.parseValue()
            try parser.rejectTrailingContent()
            let document = Document(file: file, format: .json, root: root)
            return LoadedFile(file: file, format: .json, documents: [document], problems: parser.problems)
        } catch {
            return LoadedFile(file: file, format: .json, documents: [], problems: (parser.problems + [error]).sortedByLocation())
        }
    }
}
