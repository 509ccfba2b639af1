import Foundation
import TestSupport
import Testing

@testable import MaSanteReports

@Suite struct ICalendarTests {
    let writer = ICalendarWriter(name: "Planning — Millas")
    static let edited = utc(2026, 11, 20, 9, 15)

    // MARK: - The calendar

    @Test func startsWithTheHeaderAndTheParisTimeZone() {
        let lines = writer.render([]).components(separatedBy: "\r\n")
        #expect(
            lines == [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//GIP Ma santé Ma Région//masante//FR",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "X-WR-CALNAME:Planning — Millas",
                "X-WR-TIMEZONE:Europe/Paris",
                "BEGIN:VTIMEZONE",
                "TZID:Europe/Paris",
                "BEGIN:STANDARD",
                "DTSTART:19701025T030000",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                "TZOFFSETFROM:+0200",
                "TZOFFSETTO:+0100",
                "TZNAME:CET",
                "END:STANDARD",
                "BEGIN:DAYLIGHT",
                "DTSTART:19700329T020000",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                "TZOFFSETFROM:+0100",
                "TZOFFSETTO:+0200",
                "TZNAME:CEST",
                "END:DAYLIGHT",
                "END:VTIMEZONE",
                "END:VCALENDAR",
                "",
            ])
    }

    @Test func writesEveryPropertyOfAShift() {
        let event = CalendarEvent(
            uid: "creneau-4182@masante.laregion.fr", start: Self.utc(2026, 12, 8, 7, 30),
            end: Self.utc(2026, 12, 8, 11, 30), summary: "Consultations", location: "Centre de santé de Millas",
            description: "Dr Vidal", categories: ["Créneau", "Médecin"], sequence: 3, lastModified: Self.edited)
        let lines = writer.render([event]).components(separatedBy: "\r\n")
        let body = Array(lines.drop { $0 != "BEGIN:VEVENT" })
        #expect(
            body == [
                "BEGIN:VEVENT",
                "UID:creneau-4182@masante.laregion.fr",
                "DTSTAMP:20261120T091500Z",
                "LAST-MODIFIED:20261120T091500Z",
                "SEQUENCE:3",
                "DTSTART;TZID=Europe/Paris:20261208T083000",
                "DTEND;TZID=Europe/Paris:20261208T123000",
                "SUMMARY:Consultations",
                "LOCATION:Centre de santé de Millas",
                "DESCRIPTION:Dr Vidal",
                "CATEGORIES:Créneau,Médecin",
                "STATUS:CONFIRMED",
                "TRANSP:OPAQUE",
                "END:VEVENT",
                "END:VCALENDAR",
                "",
            ])
    }

    @Test func anAbsenceLeavesTheTimeFreeAndEmptyPropertiesAreLeftOut() {
        let absence = CalendarEvent(
            uid: "absence-12", start: Self.utc(2026, 12, 8, 7, 30), end: Self.utc(2026, 12, 8, 16, 0),
            summary: "Congé", location: nil, description: "", lastModified: Self.edited, isAbsence: true)
        let text = writer.render([absence])
        #expect(text.contains("\r\nTRANSP:TRANSPARENT\r\n"))
        #expect(text.contains("\r\nSEQUENCE:0\r\n"))
        for absent in ["LOCATION", "DESCRIPTION", "CATEGORIES", "OPAQUE"] {
            #expect(!text.contains(absent), "\(absent)")
        }
    }

    // MARK: - Times on the Paris wall clock

    @Test func writesWinterTimesOnTheParisWallClockAtUTCPlusOne() {
        let text = writer.render([Self.shift(Self.utc(2026, 12, 8, 7, 30), Self.utc(2026, 12, 8, 11, 30))])
        #expect(text.contains("\r\nDTSTART;TZID=Europe/Paris:20261208T083000\r\n"))
        #expect(text.contains("\r\nDTEND;TZID=Europe/Paris:20261208T123000\r\n"))
    }

    @Test func writesSummerTimesOnTheParisWallClockAtUTCPlusTwo() {
        let text = writer.render([Self.shift(Self.utc(2026, 7, 15, 6, 30), Self.utc(2026, 7, 15, 16, 0))])
        #expect(text.contains("\r\nDTSTART;TZID=Europe/Paris:20260715T083000\r\n"))
        #expect(text.contains("\r\nDTEND;TZID=Europe/Paris:20260715T180000\r\n"))
    }

    @Test func aNightShiftAcrossTheAutumnClockChangeKeepsItsLocalTimes() {
        // 25 October 2026: 01:30 CEST (23:30Z the day before) to 05:00 CET (04:00Z), 4 h 30 of work.
        let text = writer.render([Self.shift(Self.utc(2026, 10, 24, 23, 30), Self.utc(2026, 10, 25, 4, 0))])
        #expect(text.contains("\r\nDTSTART;TZID=Europe/Paris:20261025T013000\r\n"))
        #expect(text.contains("\r\nDTEND;TZID=Europe/Paris:20261025T050000\r\n"))
    }

    @Test func aTimeInTheRepeatedAutumnHourIsWrittenInUTC() {
        // 02:15 CEST (00:15Z) then 02:30 CET (01:30Z): both read 02:xx on the clock, so only UTC is exact.
        let text = writer.render([Self.shift(Self.utc(2026, 10, 25, 0, 15), Self.utc(2026, 10, 25, 1, 30))])
        #expect(text.contains("\r\nDTSTART:20261025T001500Z\r\n"))
        #expect(text.contains("\r\nDTEND:20261025T013000Z\r\n"))
        // The edges: 01:59:59 CEST and 03:00 CET happen once; 02:00 CEST is the repeated hour's first instant.
        #expect(!ICalendarWriter.isRepeatedInParis(Self.utc(2026, 10, 24, 23, 59, 59)))
        #expect(ICalendarWriter.isRepeatedInParis(Self.utc(2026, 10, 25, 0, 0)))
        #expect(ICalendarWriter.isRepeatedInParis(Self.utc(2026, 10, 25, 1, 59, 59)))
        #expect(!ICalendarWriter.isRepeatedInParis(Self.utc(2026, 10, 25, 2, 0)))
        #expect(
            ICalendarWriter.dateTime("DTEND", Self.utc(2026, 10, 25, 2, 0)) == "DTEND;TZID=Europe/Paris:20261025T030000"
        )
    }

    @Test func aNightShiftAcrossTheSpringClockChangeKeepsItsLocalTimes() {
        // 28 March 2027: 01:30 CET (00:30Z) to 05:00 CEST (03:00Z), 2 h 30 of work; 02:xx never shows.
        let text = writer.render([Self.shift(Self.utc(2027, 3, 28, 0, 30), Self.utc(2027, 3, 28, 3, 0))])
        #expect(text.contains("\r\nDTSTART;TZID=Europe/Paris:20270328T013000\r\n"))
        #expect(text.contains("\r\nDTEND;TZID=Europe/Paris:20270328T050000\r\n"))
        #expect(
            ICalendarWriter.dateTime("DTSTART", Self.utc(2027, 3, 28, 1, 0))
                == "DTSTART;TZID=Europe/Paris:20270328T030000")
        #expect(!ICalendarWriter.isRepeatedInParis(Self.utc(2027, 3, 28, 1, 0)))
    }

    @Test func aShiftAcrossMidnightEndsOnTheNextDay() {
        let text = writer.render([Self.shift(Self.utc(2026, 12, 31, 19, 0), Self.utc(2027, 1, 1, 7, 0))])
        #expect(text.contains("\r\nDTSTART;TZID=Europe/Paris:20261231T200000\r\n"))
        #expect(text.contains("\r\nDTEND;TZID=Europe/Paris:20270101T080000\r\n"))
    }

    // MARK: - Text and lines

    @Test func escapesBackslashSemicolonCommaAndNewlines() {
        #expect(ICalendarWriter.escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(ICalendarWriter.escape("ligne 1\r\nligne 2\nligne 3") == #"ligne 1\nligne 2\nligne 3"#)
        #expect(
            ICalendarWriter.escape("sans\rretour\u{07} ni cloche\tmais tabulation")
                == "sansretour ni cloche\tmais tabulation")
        #expect(ICalendarWriter.escape("Été : « Millas »") == "Été : « Millas »")
        var event = Self.shift(Self.utc(2026, 12, 8, 7, 30), Self.utc(2026, 12, 8, 11, 30))
        event.summary = #"Garde; urgences, C:\soins"#
        event.location = "Millas\nannexe"
        event.categories = ["a,b", "c"]
        let text = writer.render([event])
        #expect(text.contains(#"SUMMARY:Garde\; urgences\, C:\\soins"#))
        #expect(text.contains(#"LOCATION:Millas\nannexe"#))
        #expect(text.contains(#"CATEGORIES:a\,b,c"#))
    }

    @Test func foldsLongLinesAt75OctetsWithoutSplittingACharacter() throws {
        var event = Self.shift(Self.utc(2026, 12, 8, 7, 30), Self.utc(2026, 12, 8, 11, 30))
        let description = String(repeating: "Équipe de soins éè à l'hôpital — ", count: 12) + "fin"
        event.description = description
        event.summary = String(repeating: "é", count: 100) // two octets each: cuts must fall between them
        let bytes = Array(writer.render([event]).utf8)
        let lines = Self.physicalLines(bytes)
        #expect(lines.count > 20)
        for line in lines {
            #expect(line.count <= 75, "ligne de \(line.count) octets")
            #expect(String(validating: line, as: UTF8.self) != nil, "séquence UTF-8 coupée : \(line)")
        }
        #expect(lines.contains { $0.count == 75 }, "les lignes sont remplies jusqu'à 75 octets")
        let unfolded = Self.unfold(bytes)
        #expect(unfolded.contains("\r\nDESCRIPTION:" + ICalendarWriter.escape(description) + "\r\n"))
        #expect(unfolded.contains("\r\nSUMMARY:" + String(repeating: "é", count: 100) + "\r\n"))
        // A line of exactly 75 octets stays whole; one more octet starts a continuation.
        #expect(ICalendarWriter.fold(String(repeating: "x", count: 75)) == String(repeating: "x", count: 75))
        #expect(ICalendarWriter.fold(String(repeating: "x", count: 76)) == String(repeating: "x", count: 75) + "\r\n x")
        #expect(
            ICalendarWriter.fold(String(repeating: "x", count: 74) + "é") == String(repeating: "x", count: 74)
                + "\r\n é")
    }

    @Test func everyLineEndsWithCRLF() {
        var event = Self.shift(Self.utc(2026, 12, 8, 7, 30), Self.utc(2026, 12, 8, 11, 30))
        event.description = "une\nnote\r\nsur trois lignes " + String(repeating: "long ", count: 40)
        let bytes = Array(writer.render([event, event]).utf8)
        #expect(bytes.suffix(2) == [13, 10])
        for (index, byte) in bytes.enumerated() {
            if byte == 10 { #expect(index > 0 && bytes[index - 1] == 13, "LF sans CR à l'octet \(index)") }
            if byte == 13 {
                #expect(index + 1 < bytes.count && bytes[index + 1] == 10, "CR sans LF à l'octet \(index)")
            }
        }
    }

    @Test func theSameEventsGiveTheSameBytesInTheGivenOrder() {
        let events = Self.sample
        let first = writer.render(events)
        #expect(writer.render(events) == first)
        #expect(ICalendarWriter(name: "Planning — Millas").render(events) == first)
        let uids = first.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(uids == events.map { "UID:" + $0.uid })
        #expect(writer.render(events.reversed()) != first)
    }

    // MARK: - Read back by a standard library

    /// Python's `icalendar` reads the file back: the same events, the same instants (across both
    /// clock changes and in the repeated hour), the summaries unescaped.
    @Test(.timeLimit(.minutes(1)))
    func pythonIcalendarReadsBackTheSameEventsAndInstants() throws {
        guard let python = Python.withICalendar() else {
            Issue.record(
                "Le module Python « icalendar » est introuvable (aucun python3 ne l'importe) : installez-le avec « apt-get install -y python3-icalendar » (scripts/test le fait quand il tourne en root), ou indiquez dans MASANTE_PYTHON3 un python3 qui l'a."
            )
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "masante-ics-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("planning.ics"), script = folder.appendingPathComponent("lire.py")
        try Data(writer.render(Self.sample).utf8).write(to: file)
        try Data(Self.readerScript.utf8).write(to: script)

        let run = try Python.run(python, [script.path, file.path], in: folder)
        try #require(run.status == 0, "python3 a échoué (code \(run.status)) : \(run.errors)")
        let read = try JSONDecoder().decode(ReadBack.self, from: Data(run.output.utf8))
        #expect(read.errors.isEmpty, "erreurs de lecture : \(read.errors)")
        #expect(read.name == "Planning — Millas")
        #expect(
            read.events
                == Self.sample.map { event in
                    ReadBack.Event(
                        uid: event.uid,
                        summary: String(String.UnicodeScalarView(event.summary.unicodeScalars.filter { $0 != "\r" })),
                        start: Self.iso(event.start), end: Self.iso(event.end))
                })
        // Spelled out for the clock changes.
        #expect(read.events.map(\.start).contains("2026-10-24T23:30:00+00:00"))
        #expect(read.events.map(\.end).contains("2026-10-25T04:00:00+00:00"))
        #expect(read.events.map(\.start).contains("2026-10-25T00:15:00+00:00"))
        #expect(read.events.map(\.end).contains("2026-10-25T01:30:00+00:00"))
        #expect(read.events.map(\.start).contains("2027-03-28T00:30:00+00:00"))
        #expect(read.events.map(\.end).contains("2027-03-28T03:00:00+00:00"))
    }

    static let readerScript = """
        import json, sys
        from datetime import timezone
        import icalendar

        with open(sys.argv[1], 'rb') as f:
            calendar = icalendar.Calendar.from_ical(f.read())
        events = [{
            'uid': str(event['UID']),
            'summary': str(event['SUMMARY']),
            'start': event['DTSTART'].dt.astimezone(timezone.utc).isoformat(),
            'end': event['DTEND'].dt.astimezone(timezone.utc).isoformat(),
        } for event in calendar.walk('VEVENT')]
        errors = [str(error) for component in calendar.walk() for error in getattr(component, 'errors', [])]
        print(json.dumps({'name': str(calendar['X-WR-CALNAME']), 'events': events, 'errors': errors}))
        """

    struct ReadBack: Decodable {
        struct Event: Decodable, Equatable {
            var uid: String
            var summary: String
            var start: String
            var end: String
        }
        var name: String
        var events: [Event]
        var errors: [String]
    }

    // MARK: - Fixtures and helpers

    /// Winter, summer, both clock changes, the repeated hour and midnight; summaries to escape and fold.
    static let sample: [CalendarEvent] = [
        shift(
            utc(2026, 12, 8, 7, 30), utc(2026, 12, 8, 11, 30), uid: "creneau-1@masante",
            summary: "Consultations; Millas, C:\\salle 2"),
        shift(
            utc(2026, 7, 15, 6, 30), utc(2026, 7, 15, 16, 0), uid: "creneau-2@masante",
            summary: "Été\r\nsoins non programmés"),
        shift(
            utc(2026, 10, 24, 23, 30), utc(2026, 10, 25, 4, 0), uid: "creneau-3@masante",
            summary: "Garde de nuit (changement d'heure d'octobre)"),
        shift(utc(2026, 10, 25, 0, 15), utc(2026, 10, 25, 1, 30), uid: "creneau-4@masante", summary: "Heure répétée"),
        shift(
            utc(2027, 3, 28, 0, 30), utc(2027, 3, 28, 3, 0), uid: "creneau-5@masante",
            summary: "Garde de nuit (changement d'heure de mars)"),
        shift(
            utc(2026, 12, 31, 19, 0), utc(2027, 1, 1, 7, 0), uid: "creneau-6@masante",
            summary: "Réveillon à l'EHPAD — " + String(repeating: "équipe, infirmière; ", count: 6)),
    ]

    static func shift(
        _ start: Date, _ end: Date, uid: String = "creneau-1@masante", summary: String = "Consultations"
    ) -> CalendarEvent {
        CalendarEvent(uid: uid, start: start, end: end, summary: summary, lastModified: edited)
    }

    /// An instant given in UTC, independently of the Paris arithmetic under test.
    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar.date(
            from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
    }

    /// As Python's `isoformat()` writes an instant in UTC: `2026-10-25T01:30:00+00:00`.
    static func iso(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d+00:00", p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!)
    }

    /// The file's physical lines, CRLF removed.
    static func physicalLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = [], start = 0
        for index in bytes.indices where index > 0 && bytes[index - 1] == 13 && bytes[index] == 10 {
            lines.append(bytes[start..<(index - 1)])
            start = index + 1
        }
        return lines
    }

    /// Unfolding (RFC 5545 3.1): every CRLF followed by one space is removed.
    static func unfold(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = [], index = 0
        while index < bytes.count {
            if index + 2 < bytes.count, bytes[index] == 13, bytes[index + 1] == 10, bytes[index + 2] == 32 {
                index += 3
                continue
            }
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
