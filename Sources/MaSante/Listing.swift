/// A table of results ready to print in any format: ordered columns, rows of cells.
///
/// Store queries return listings; `MaSanteReports` renders them as an aligned text table, CSV or JSON.
/// A plain value with no rendering in it, kept in the domain so that the store and the renderings
/// both see it without depending on each other.
public struct Listing: Sendable, Hashable {
    /// One value of a row.
    public enum Cell: Sendable, Hashable {
        case text(String)
        case number(Double)
        case integer(Int)
        case date(CalendarDate)
        case null

        /// The value as a CSV or table cell would show it (French decimals are the renderer's job).
        public var plain: String {
            switch self {
            case .text(let text): text
            case .integer(let value): String(value)
            case .number(let value): value == value.rounded() ? String(Int(value)) : String(value)
            case .date(let date): date.description
            case .null: ""
            }
        }
    }

    /// Column keys (also the CSV header and the JSON keys).
    public var columns: [String]
    public var rows: [[Cell]]

    public init(columns: [String], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }
}
