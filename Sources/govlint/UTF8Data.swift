import Foundation

extension Data {
    /// The UTF-8 of `text`, copied in one piece (`Data(text.utf8)` copies it byte by byte).
    init(utf8Of text: String) {
        var text = text
        self = text.withUTF8 { Data(buffer: $0) }
    }
}
