/// Every user-facing text the data layer produces, in one place so wording stays consistent.
enum DataModelMessages {
    // MARK: CSV structure

    static let csvNoHeader = "the file has no header row"

    static func csvRowWidth(cells: Int, headers: Int) -> String {
        "row has \(cells) \(cells == 1 ? "cell" : "cells"), the header has \(headers)"
    }

    static func csvEmptyHeader(column: Int) -> String {
        "header of column \(column) is empty; the column is ignored"
    }

    static func csvDuplicateHeader(_ name: String, firstColumn: Int) -> String {
        "duplicate header name '\(name)' (first in column \(firstColumn)); the column is ignored"
    }

    static let csvUnterminatedQuote = "unterminated quoted field: the quote opened here is never closed"

    static let csvStrayQuote = "stray quote in an unquoted field (quote the whole field and double the quote)"

    static let csvTextAfterClosingQuote =
        "unexpected text after a closing quote (a field must end at the quote; double a quote inside a quoted field)"

    // MARK: CSV cell types

    static func csvCellType(_ text: String, column: String, type: ColumnType, dateFormats: [DateFormat]) -> String {
        "cell '\(text)' in column '\(column)' is not \(describe(type, dateFormats: dateFormats))"
    }

    private static func describe(_ type: ColumnType, dateFormats: [DateFormat]) -> String {
        let formats = dateFormats.map(\.pattern).joined(separator: ", ")
        switch type {
        case .string: return "a string"
        case .integer: return "an integer"
        case .number: return "a number"
        case .boolean: return "a boolean (true or false)"
        case .date: return formats.isEmpty ? "a date (no date format is configured)" : "a date (\(formats))"
        case .datetime:
            return formats.isEmpty ? "a date-time (no date format is configured)" : "a date-time (\(formats), optionally with HH:mm)"
        }
    }

    // MARK: File discovery

    static func missingPaths(_ paths: [String]) -> String {
        (paths.count == 1 ? "no such file or folder: " : "no such files or folders: ") + paths.joined(separator: ", ")
    }

    static let unreadableFolder = "cannot list the folder"
    static func unreachable(_ reason: String) -> String { "cannot be reached: \(reason)" }

    // MARK: Globs

    static func globUnclosedBrace(_ pattern: String) -> String { "unclosed '{' in glob '\(pattern)'" }
    static func globUnopenedBrace(_ pattern: String) -> String { "'}' without '{' in glob '\(pattern)'" }
    static func globTrailingEscape(_ pattern: String) -> String { "glob '\(pattern)' ends with a lone backslash" }
    static func globTooManyAlternatives(_ pattern: String, limit: Int) -> String {
        "glob '\(pattern)' expands to more than \(limit) alternatives"
    }
    static let globEmpty = "empty glob pattern"

    // MARK: Whole-file checks (YAML, JSON and CSV)

    static let emptyFile = "file is empty"
    static func binaryFile(line: Int, column: Int) -> String {
        "file is binary (NUL byte at line \(line), column \(column))"
    }
    static func invalidUTF8(byte: UInt8) -> String { "invalid UTF-8 byte \(hex(byte))" }
    static let utf16File = "file is encoded as UTF-16 (byte-order mark); govlint reads UTF-8"
    static func unknownFormat(_ path: String) -> String {
        "cannot tell the format of '\(path)' (expected .yml, .yaml, .json or .csv)"
    }

    // MARK: Reading files

    static let noSuchFile = "no such file or directory"
    static let isDirectory = "is a directory, not a file"
    static let permissionDenied = "permission denied"

    // MARK: Limits shared by YAML and JSON

    static func tooDeep(_ limit: Int) -> String { "nesting is deeper than \(limit) levels" }
    static func duplicateKey(_ key: String, firstLine: Int32, firstColumn: Int32) -> String {
        "duplicate key '\(key)' (first written at line \(firstLine), column \(firstColumn))"
    }

    // MARK: YAML

    static func libyaml(problem: String, context: String?) -> String {
        guard let context, !context.isEmpty else { return problem }
        return "\(problem) (\(context))"
    }
    static func readerError(problem: String, value: Int32) -> String {
        value >= 0 ? "\(problem) (U+\(hex4(UInt32(value))))" : problem
    }
    static let outOfMemory = "libyaml ran out of memory"
    static func aliasBudget(_ budget: Int) -> String {
        "alias expansion exceeds the budget of \(budget) nodes (an alias bomb?)"
    }
    static func unknownAlias(_ name: String) -> String { "alias '*\(name)' refers to no anchor defined before it" }
    static func recursiveAlias(_ name: String) -> String { "alias '*\(name)' refers to a node that contains it" }
    static func complexKey(_ typeName: String) -> String {
        "a mapping key must be a scalar, not a \(typeName); the entry is ignored"
    }
    static let mergeNeedsMaps = "merge key '<<' needs a map or a list of maps"
    static func invalidTagged(_ text: String, tag: String) -> String {
        "'\(text)' is not a valid \(tag) value"
    }

    // MARK: JSON

    static let jsonTrailingComma = "trailing comma is not allowed in JSON"
    static let jsonComment = "comments are not allowed in JSON"
    static let jsonSingleQuote = "JSON strings must use double quotes"
    static let jsonLeadingZero = "numbers must not have leading zeros in JSON"
    static let jsonKeyNotString = "object keys must be strings in double quotes"
    static func jsonExpected(_ what: String, found: String) -> String { "expected \(what), found \(found)" }
    static func jsonBadEscape(_ found: String) -> String { "invalid escape '\\\(found)' in string" }
    static func jsonLoneSurrogate(_ code: UInt32) -> String { "lone surrogate \\u\(hex4(code)) in string" }
    static func jsonControlCharacter(_ byte: UInt8) -> String {
        "control character U+\(hex4(UInt32(byte))) must be escaped in a JSON string"
    }
    static func jsonUnterminated(_ what: String, line: Int, column: Int) -> String {
        "unexpected end of file: \(what) opened at line \(line), column \(column) is not closed"
    }
    static func jsonTrailingContent(_ found: String) -> String { "unexpected \(found) after the JSON value" }
    static func jsonUnknownLiteral(_ word: String) -> String {
        "unknown literal '\(word)'; JSON has only true, false and null"
    }
    static func jsonInvalidNumber(_ detail: String) -> String { "invalid number: \(detail)" }

    /// How a character met in the input is named in messages: `'x'` when printable ASCII, else
    /// `U+0007`, or "end of file".
    static func describe(_ byte: UInt8?) -> String {
        guard let byte else { return "end of file" }
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return byte < 0x80 ? "U+\(hex4(UInt32(byte)))" : "a non-ASCII character"
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x\(digits[Int(byte >> 4)])\(digits[Int(byte & 15)])"
    }

    private static func hex4(_ value: UInt32) -> String {
        let s = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
