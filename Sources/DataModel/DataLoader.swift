/// The entry point for reading data files: picks the reader by format, runs the checks every
/// format shares (empty, binary, UTF-8), and returns documents and problems.
public enum DataLoader {
    /// Loads the file at `path`, read as `format` or, when `nil`, as its extension says.
    ///
    /// Content defects (syntax, encoding, limits) come back as problems in the result; only a file
    /// that cannot be read at all (missing, a directory, no permission, no known extension) throws.
    public static func load(
        path: String, format: DataFormat? = nil, options: LoadOptions = LoadOptions()
    ) throws(FileReadError) -> LoadedFile {
        guard let format = format ?? DataFormat(path: path) else {
            throw FileReadError(path: path, reason: DataModelMessages.unknownFormat(path))
        }
        return try FileBytes.withBytes(path) { load(buffer: $0, path: path, format: format, options: options) }
    }

    /// Loads data already in memory (standard input, tests) as if read from `path`.
    public static func load(
        bytes: [UInt8], path: String, format: DataFormat, options: LoadOptions = LoadOptions()
    ) -> LoadedFile {
        bytes.withUnsafeBufferPointer { load(buffer: $0, path: path, format: format, options: options) }
    }

    private static func load(
        buffer: UnsafeBufferPointer<UInt8>, path: String, format: DataFormat, options: LoadOptions
    ) -> LoadedFile {
        let file = FileID(path)
        switch TextIntegrityCheck.check(buffer, file: file) {
        case .failure(let problem):
            return LoadedFile(file: file, format: format, documents: [], problems: [problem])
        case .success(let text):
            switch format {
            case .yaml: return YAMLLoader.load(text, file: file, options: options)
            case .json: return JSONLoader.load(text, file: file, options: options)
            case .csv: return CSVLoader.load(bytes: text, file: file, options: options)
            }
        }
    }

    /// Loads UTF-8 `text` as if read from `path`.
    public static func load(
        text: String, path: String, format: DataFormat, options: LoadOptions = LoadOptions()
    ) -> LoadedFile {
        load(bytes: Array(text.utf8), path: path, format: format, options: options)
    }
}
