public import MaSante
public import PQ

// How the domain's value types travel to and from PostgreSQL: a module of its own, so that the
// store can import PQ without making it part of its public face (a public type's conformance to a
// protocol needs that protocol's module imported publicly where the conformance is declared).

extension CalendarDate: PostgresEncodable, PostgresDecodable {
    public static var postgresType: PostgresType { .date }

    public func encode(into buffer: inout PostgresEncodingBuffer) {
        PostgresDate(year: year, month: month, day: day)!.encode(into: &buffer)
    }

    public init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        let date = try PostgresDate(postgresCell: cell)
        guard let value = CalendarDate(year: date.year, month: date.month, day: date.day) else {
            throw cell.failure(CalendarDate.self, "date out of range")
        }
        self = value
    }
}

extension TimeOfDay: PostgresEncodable, PostgresDecodable {
    public static var postgresType: PostgresType { .time }

    public func encode(into buffer: inout PostgresEncodingBuffer) {
        PostgresTime(hour: minutes / 60, minute: minutes % 60)!.encode(into: &buffer)
    }

    public init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        let time = try PostgresTime(postgresCell: cell)
        guard let value = TimeOfDay(hour: time.hour, minute: time.minute) else {
            throw cell.failure(TimeOfDay.self, "time out of range")
        }
        self = value
    }
}

/// Enumerations stored as PostgreSQL enum labels (their raw values).
public protocol PostgresEnumLabel: RawRepresentable<String>, PostgresEncodable, PostgresDecodable {}

extension PostgresEnumLabel {
    public static var postgresType: PostgresType { .unspecified }

    public func encode(into buffer: inout PostgresEncodingBuffer) { rawValue.encode(into: &buffer) }

    public init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        let label = try String(postgresCell: cell)
        guard let value = Self(rawValue: label) else { throw cell.failure(Self.self, "unknown label \(label)") }
        self = value
    }
}

extension Profession: PostgresEncodable, PostgresDecodable, PostgresEnumLabel {}
extension ContractType: PostgresEncodable, PostgresDecodable, PostgresEnumLabel {}
extension RecruitmentStage: PostgresEncodable, PostgresDecodable, PostgresEnumLabel {}
extension CentreStatus: PostgresEncodable, PostgresDecodable, PostgresEnumLabel {}
extension Activity: PostgresEncodable, PostgresDecodable, PostgresEnumLabel {}
extension Severity: PostgresEncodable, PostgresDecodable, PostgresEnumLabel {}
extension LongAbsenceKind: PostgresEncodable, PostgresDecodable, PostgresEnumLabel {}
extension WeekStatus: PostgresEncodable, PostgresDecodable, PostgresEnumLabel {}
extension WelcomeGroup: PostgresEncodable, PostgresDecodable, PostgresEnumLabel {}
extension WelcomeOwner: PostgresEncodable, PostgresDecodable, PostgresEnumLabel {}
extension WelcomeStatus: PostgresEncodable, PostgresDecodable, PostgresEnumLabel {}
