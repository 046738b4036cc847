internal import CYAML

/// The one place govlint touches libyaml: it owns the parser and the current event, frees both,
/// and turns libyaml's 0-based marks and error fields into `YAMLEvent`s and `YAMLSyntaxError`s.
final class LibYAMLEventReader {
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    private var holdsEvent = false
    private let text: UnsafeBufferPointer<UInt8>

    /// A reader over `text`, which must stay valid for the reader's lifetime.
    init(text: UnsafeBufferPointer<UInt8>) {
        self.text = text
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, text.baseAddress ?? UnsafePointer(bitPattern: 1)!, text.count)
    }

    deinit {
        releaseEvent()
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
    }

    /// The next event; the previous event's memory is released first.
    func next() throws(YAMLSyntaxError) -> YAMLEvent {
        releaseEvent()
        guard yaml_parser_parse(parser, event) != 0 else { throw currentError() }
        holdsEvent = true
        let e = event.pointee
        var result = YAMLEvent(
            kind: .streamStart, start: point(e.start_mark), end: point(e.end_mark),
            anchorText: nil, tagText: nil, scalar: UnsafeBufferPointer(start: nil, count: 0), style: .plain)
        switch e.type {
        case YAML_STREAM_START_EVENT: result.kind = .streamStart
        case YAML_STREAM_END_EVENT: result.kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT: result.kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: result.kind = .documentEnd
        case YAML_ALIAS_EVENT:
            result.kind = .alias
            result.anchorText = UnsafePointer(e.data.alias.anchor)
        case YAML_SCALAR_EVENT:
            let scalar = e.data.scalar
            result.kind = .scalar
            result.anchorText = UnsafePointer(scalar.anchor)
            result.tagText = UnsafePointer(scalar.tag)
            result.scalar = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
            result.style = scalar.style == YAML_PLAIN_SCALAR_STYLE ? .plain : .quotedOrBlock
        case YAML_SEQUENCE_START_EVENT:
            result.kind = .sequenceStart
            result.anchorText = UnsafePointer(e.data.sequence_start.anchor)
            result.tagText = UnsafePointer(e.data.sequence_start.tag)
        case YAML_SEQUENCE_END_EVENT: result.kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            result.kind = .mappingStart
            result.anchorText = UnsafePointer(e.data.mapping_start.anchor)
            result.tagText = UnsafePointer(e.data.mapping_start.tag)
        case YAML_MAPPING_END_EVENT: result.kind = .mappingEnd
        default: result.kind = .streamEnd  // YAML_NO_EVENT: libyaml sends it only after the stream end.
        }
        return result
    }

    private func releaseEvent() {
        if holdsEvent {
            yaml_event_delete(event)
            holdsEvent = false
        }
    }

    private func point(_ mark: yaml_mark_t) -> TextPoint {
        TextPoint(line: mark.line + 1, column: mark.column + 1)
    }

    private func currentError() -> YAMLSyntaxError {
        let p = parser.pointee
        let problem = p.problem.map { String(cString: $0) } ?? "unknown libyaml error"
        switch p.error {
        case YAML_MEMORY_ERROR:
            return YAMLSyntaxError(message: DataModelMessages.outOfMemory, position: TextPoint(line: 1, column: 1))
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset instead of a mark.
            var counter = TextPositionCounter(text)
            let (line, column) = counter.position(ofByte: p.problem_offset)
            return YAMLSyntaxError(
                message: DataModelMessages.readerError(problem: problem, value: p.problem_value),
                position: TextPoint(line: line, column: column))
        default:
            let context = p.context.map { String(cString: $0) }
            return YAMLSyntaxError(
                message: DataModelMessages.libyaml(problem: problem, context: context),
                position: point(p.problem_mark))
        }
    }
}
