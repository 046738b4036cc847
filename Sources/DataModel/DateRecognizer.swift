/// Recognizes scalar text written as a date or date-time in one of the configured formats.
struct DateRecognizer {
    private let formats: [DateFormat]

    /// A recognizer trying `formats` in order.
    init(formats: [DateFormat]) { self.formats = formats }

    /// The date or date-time `bytes` spell in one of the formats, or `nil`.
    @inline(__always)
    func recognize(_ bytes: UnsafeBufferPointer<UInt8>) -> Value.Kind? {
        // The shortest date any format can spell has eight digits; most strings are ruled out here.
        guard bytes.count >= 8, bytes.count <= 40, !formats.isEmpty else { return nil }
        for format in formats {
            switch format.parse(bytes: bytes) {
            case .date(let date)?: return .date(date)
            case .dateTime(let dateTime)?: return .dateTime(dateTime)
            case nil: continue
            }
        }
        return nil
    }
}
