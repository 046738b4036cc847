/// Reads a YAML stream into one `Document` per YAML document, with every libyaml error turned
/// into a `govlint/parse-error` problem at its line and column.
enum YAMLLoader {
    /// Loads the UTF-8 `text` of `file`; documents before a syntax error are kept.
    static func load(_ text: UnsafeBufferPointer<UInt8>, file: FileID, options: LoadOptions) -> LoadedFile {
        let reader = LibYAMLEventReader(text: text)
        var builder = YAMLTreeBuilder(file: file, options: options)
        var documents: [Document] = []
        var fatal: LoadProblem?
        do {
            try read(reader, into: &builder, documents: &documents, file: file)
        } catch {
            fatal = error
        }
        var problems = builder.problems
        if let fatal { problems.append(fatal) }
        return LoadedFile(file: file, format: .yaml, documents: documents, problems: problems.sortedByLocation())
    }

    private static func read(
        _ reader: LibYAMLEventReader, into builder: inout YAMLTreeBuilder, documents: inout [Document], file: FileID
    ) throws(LoadProblem) {
        while true {
            let event: YAMLEvent
            do {
                event = try reader.next()
            } catch {
                let location = SourceLocation(file: file, line: error.position.line, column: error.position.column)
                throw LoadProblem(.parseError, error.message, at: location)
            }
            switch event.kind {
            case .streamStart: continue
            case .streamEnd: return
            case .documentStart: builder.beginDocument()
            case .documentEnd:
                documents.append(Document(file: file, format: .yaml, index: documents.count, root: builder.endDocument()))
            case .scalar: builder.scalar(event)
            case .alias: try builder.alias(event)
            case .sequenceStart: try builder.beginCollection(event, isMap: false)
            case .mappingStart: try builder.beginCollection(event, isMap: true)
            case .sequenceEnd, .mappingEnd: builder.endCollection(event)
            }
        }
    }
}

extension Array where Element == LoadProblem {
    /// The problems ordered by line and column, keeping the order of problems at one place.
    func sortedByLocation() -> [LoadProblem] {
        enumerated().sorted { a, b in
            let (l, r) = (a.element.location, b.element.location)
            if l.line != r.line { return l.line < r.line }
            if l.column != r.column { return l.column < r.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}
