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
}
