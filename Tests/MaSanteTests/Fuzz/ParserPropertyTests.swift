import Foundation
import MaSante
import PropertyBased
import Testing

/// A parser of one field, for tests that give every parser the same inputs.
struct FieldParser: Sendable, CustomTestStringConvertible {
    /// What was read: text written back from the value (nil when it is not meant to read back),
    /// and whether the value keeps the type's rules.
    typealias Reading = (canonical: String?, sane: Bool)

    let name: String
    let read: @Sendable (String) throws(FieldError) -> Reading

    var testDescription: String { name }

    static let all: [FieldParser] = [
        FieldParser(name: "CalendarDate.parse") { text throws(FieldError) in
            let date = try CalendarDate.parse(text)
            return (date.description, CalendarDate.years.contains(date.year))
        },
        FieldParser(name: "TimeOfDay.parse") { text throws(FieldError) in
            let time = try TimeOfDay.parse(text)
            return (time.description, (0...1_440).contains(time.minutes))
        },
        FieldParser(name: "TimeRange.parse") { text throws(FieldError) in
            let range = try TimeRange.parse(text)
            return (range.description, range.start < range.end)
        },
        FieldParser(name: "OpeningHours.parseDay") { text throws(FieldError) in
            let ranges = try OpeningHours.parseDay(text)
            return (OpeningHours.dayText(ranges), zip(ranges, ranges.dropFirst()).allSatisfy { $0.end <= $1.start })
        },
        FieldParser(name: "FrenchNumber.parseDecimal") { text throws(FieldError) in
            let value = try FrenchNumber.parseDecimal(text)
            return (abs(value) < 1e9 ? FrenchNumber.format(value, maxFractionDigits: 6) : nil, value.isFinite)
        },
        FieldParser(name: "ActivityRecord.parseMonth") { text throws(FieldError) in
            let month = try ActivityRecord.parseMonth(text)
            return (String(month.description.prefix(7)), month.day == 1)
        },
        FieldParser(name: "ActivityRecord.parseCount") { text throws(FieldError) in
            let count = try ActivityRecord.parseCount(text)
            return (String(count), (0...10_000_000).contains(count))
        },
        FieldParser(name: "ISOWeek.parse") { text throws(FieldError) in
            let week = try ISOWeek.parse(text)
            return (nil, week.days.count == 7)
        },
        FieldParser(name: "ContractType.parse") { text throws(FieldError) in
            (try ContractType.parse(text).rawValue, true)
        },
        FieldParser(name: "CentreStatus.parse") { text throws(FieldError) in
            (try CentreStatus.parse(text).rawValue, true)
        },
        FieldParser(name: "Activity.parse") { text throws(FieldError) in (try Activity.parse(text).rawValue, true) },
        FieldParser(name: "Specialty.parse") { text throws(FieldError) in (try Specialty.parse(text).code, true) },
        FieldParser(name: "INSEECode.parse") { text throws(FieldError) in
            let code = try INSEECode.parse(text)
            return (code.code, code.code.count == 5)
        },
        FieldParser(name: "RPPS.parse") { text throws(FieldError) in
            let rpps = try RPPS.parse(text)
            return (rpps.digits, RPPS.isValid(rpps.digits))
        },
    ]

    /// Reads `text`: a refusal must be French; a value must keep its rules and read back from its text.
    func check(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let reading = expectValueOrFrenchRefusal(text, read, sourceLocation: sourceLocation) else { return }
        #expect(reading.sane, "\(name) accepted « \(text) »", sourceLocation: sourceLocation)
        guard let canonical = reading.canonical else { return }
        do {
            let again = try read(canonical).canonical
            #expect(again == canonical, "\(name): « \(text) »", sourceLocation: sourceLocation)
        } catch {
            Issue.record(
                "\(name) read « \(text) » but refuses « \(canonical) »: \(error)", sourceLocation: sourceLocation)
        }
    }
}

/// Property tests of the date, time and number parsers: what they write reads back to the same
/// value, and any text is read or refused in French, without a crash.
@Suite struct ParserPropertyTests {
    @Test(arguments: FieldParser.all)
    func anyTextIsReadOrRefusedInFrench(by parser: FieldParser) async {
        await checkEachInput(count: 250, FuzzInput.fieldText) { text in parser.check(text) }
    }

    @Test func theClassicTrapsAreReadOrRefusedInFrench() {
        let traps =
            FuzzInput.fieldPieces + [
                "", " ", "31/02/2026", "30/02/2024", "29/02/2100", "00/01/2026",
                "2026-00-10", "2026-1-1", "26-01-01", "24:00", "24h", "23h60", "-0",
                "1e9", "1,2,3", "1 23", "12 345 678,25", "9 999 999 999 999 999 999",
                "08:30-08:30", "22:00-06:00", "0 - 0", "2026-W53", "2020-W53", "2026-W00",
            ]
        for parser in FieldParser.all {
            for text in traps { parser.check(text) }
        }
    }

    @Test func anyDateReadsBackFromItsISOAndFrenchForms() async {
        let date = zip(Gen.int(in: 1_600...9_999), Gen.int(in: 1...12), Gen.int(in: 1...31))
            .compactMap { CalendarDate(year: $0.0, month: $0.1, day: $0.2) }
        await checkEachInput(count: 200, date) { date throws in
            #expect(try CalendarDate.parse(date.description) == date)
            #expect(try CalendarDate.parse(date.french) == date)
            #expect(try CalendarDate.parse("\u{A0}\(date.day)/\(date.month)/\(date.year)\t") == date)
            #expect(
                try ActivityRecord.parseMonth(String(date.description.prefix(7)))
                    == CalendarDate(year: date.year, month: date.month, day: 1))
            #expect(
                try ActivityRecord.parseMonth(String(date.french.dropFirst(3)))
                    == CalendarDate(year: date.year, month: date.month, day: 1))
        }
    }

    @Test func anyTimeReadsBackFromItsForms() async {
        await checkEachInput(count: 200, Gen.int(in: 0...1_440)) { minutes throws in
            let time = try #require(TimeOfDay(hour: minutes / 60, minute: minutes % 60))
            let hour = minutes / 60, minute = minutes % 60 < 10 ? "0\(minutes % 60)" : "\(minutes % 60)"
            #expect(try TimeOfDay.parse(time.description) == time)
            #expect(try TimeOfDay.parse("\(hour):\(minute)") == time)
            #expect(try TimeOfDay.parse("\(hour)H\(minute)") == time)
            #expect(try TimeOfDay.parse(" \(time):00 ") == time)
        }
    }

    @Test func anyRangeReadsBackWhateverTheDash() async {
        let range = zip(Gen.int(in: 0...1_439), Gen.int(in: 1...1_440), Gen.int(in: 0...3)).map { start, length, dash in
            let end = start + 1 + length % (1_440 - start)
            let time = { (minutes: Int) in TimeOfDay(hour: minutes / 60, minute: minutes % 60)! }
            return (TimeRange(start: time(start), end: time(end))!, [" - ", "–", " à ", "\u{2212}"][dash])
        }
        await checkEachInput(count: 200, range) { range, dash throws in
            #expect(try TimeRange.parse(range.description) == range)
            #expect(try TimeRange.parse("\(range.start)\(dash)\(range.end)") == range)
        }
    }

    @Test func anyDayOfOpeningHoursReadsBackFromItsText() async {
        let day = Gen.int(in: 0...1_440).array(of: 0...8).map { points in
            let sorted = Array(Set(points)).sorted()
            return stride(from: 0, to: sorted.count - 1, by: 2).map { index in
                TimeRange(
                    start: TimeOfDay(hour: sorted[index] / 60, minute: sorted[index] % 60)!,
                    end: TimeOfDay(hour: sorted[index + 1] / 60, minute: sorted[index + 1] % 60)!)!
            }
        }
        await checkEachInput(count: 200, day) { ranges throws in
            #expect(try OpeningHours.parseDay(OpeningHours.dayText(ranges)) == ranges)
            #expect(try OpeningHours.parseDay(ranges.map(\.description).joined(separator: " et ")) == ranges)
        }
    }

    @Test func anyNumberFrenchNumberWritesReadsBackToItself() async {
        let number = zip(Gen.int(in: -1_000_000_000_000...1_000_000_000_000), Gen.int(in: 0...2), Gen.int(in: 0...3))
        await checkEachInput(count: 200, number) { units, digits, spelling throws in
            let value = Double(units) / pow(10, Double(digits))
            let written = FrenchNumber.format(value, maxFractionDigits: digits)
            let typed =
                switch spelling {
                case 0: written
                case 1: written.replacingOccurrences(of: "\u{202F}", with: " ")
                case 2: written.replacingOccurrences(of: "\u{202F}", with: "\u{A0}")
                default: written.replacingOccurrences(of: "\u{202F}", with: "").replacingOccurrences(of: ",", with: ".")
                }
            #expect(try FrenchNumber.parseDecimal(typed) == value, "« \(typed) »")
        }
    }

    @Test func anyCountReadsBackFromItsGroupedDigits() async {
        await checkEachInput(count: 200, Gen.int(in: 0...10_000_000)) { count throws in
            #expect(try ActivityRecord.parseCount(FrenchNumber.format(Double(count))) == count)
            #expect(try ActivityRecord.parseCount(" \(count) ") == count)
        }
    }
}
