public import Foundation
import MaSante

/// One event of an exported calendar: a shift, or an absence, as a calendar application shows it.
///
/// `uid` must stay the same from one export to the next so that re-importing the calendar updates
/// the event instead of adding a copy; `sequence` grows at every change of the shift.
///
/// ```swift
/// let event = CalendarEvent(uid: "creneau-4182@masante.laregion.fr", start: start, end: end,
///                           summary: "Consultations — Millas", location: "Centre de santé de Millas",
///                           sequence: 2, lastModified: changedAt)
/// ```
public struct CalendarEvent: Hashable, Sendable {
    var uid: String
    var start: Date
    var end: Date
    var summary: String
    var location: String?
    var description: String?
    /// Written as `CATEGORIES`, in this order; omitted when empty.
    var categories: [String]
    /// The revision of the event (`SEQUENCE`): 0 when created, then one more at each change.
    var sequence: Int
    /// When the event last changed; written as `DTSTAMP` and `LAST-MODIFIED`, so that the same
    /// data always gives the same file.
    var lastModified: Date
    /// An absence leaves the time free (`TRANSP:TRANSPARENT`); a shift makes it busy.
    var isAbsence: Bool
    /// A shift deleted or moved away after it was published: `STATUS:CANCELLED`, so that a
    /// subscribed agenda removes it instead of keeping a ghost.
    var isCancelled: Bool

    public init(
        uid: String, start: Date, end: Date, summary: String, location: String? = nil, description: String? = nil,
        categories: [String] = [], sequence: Int = 0, lastModified: Date, isAbsence: Bool = false,
        isCancelled: Bool = false
    ) {
        self.uid = uid
        self.start = start
        self.end = end
        self.summary = summary
        self.location = location
        self.description = description
        self.categories = categories
        self.sequence = sequence
        self.lastModified = lastModified
        self.isAbsence = isAbsence
        self.isCancelled = isCancelled
    }
}

/// Writes events as an RFC 5545 iCalendar file (`.ics`) that calendar applications subscribe to
/// or import: times on the Paris wall clock with the `Europe/Paris` time zone included, text
/// escaped, lines ending with CRLF and folded at 75 octets. The same events always give the same
/// bytes, in the order given.
///
/// ```swift
/// let ics = ICalendarWriter(name: "Planning — Millas").render(events)
/// try Data(ics.utf8).write(to: URL(fileURLWithPath: "planning.ics"))
/// ```
public struct ICalendarWriter {
    /// The calendar's name in applications (`X-WR-CALNAME`).
    var name: String

    /// A writer of the calendar called `name`.
    public init(name: String) { self.name = name }

    static let productID = "-//GIP Ma santé Ma Région//masante//FR"
    static let timeZoneID = "Europe/Paris"

    /// The whole `VCALENDAR`, every line ending with CRLF.
    public func render(_ events: [CalendarEvent]) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:" + Self.escape(Self.productID),
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Self.escape(name),
            "X-WR-TIMEZONE:" + Self.timeZoneID,
        ]
        lines += Self.parisTimeZone
        for event in events { lines += Self.lines(for: event) }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Europe/Paris since 1996: CET in winter, CEST from the last Sunday of March (02:00) to the
    /// last Sunday of October (03:00).
    static let parisTimeZone = [
        "BEGIN:VTIMEZONE",
        "TZID:" + timeZoneID,
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
    ]

    static func lines(for event: CalendarEvent) -> [String] {
        var lines = [
            "BEGIN:VEVENT",
            "UID:" + escape(event.uid),
            "DTSTAMP:" + utc(event.lastModified),
            "LAST-MODIFIED:" + utc(event.lastModified),
            "SEQUENCE:\(event.sequence)",
            dateTime("DTSTART", event.start),
            dateTime("DTEND", event.end),
            "SUMMARY:" + escape(event.summary),
        ]
        if let location = event.location, !location.isEmpty { lines.append("LOCATION:" + escape(location)) }
        if let description = event.description, !description.isEmpty {
            lines.append("DESCRIPTION:" + escape(description))
        }
        if !event.categories.isEmpty {
            lines.append("CATEGORIES:" + event.categories.map(escape).joined(separator: ","))
        }
        lines += [
            "STATUS:" + (event.isCancelled ? "CANCELLED" : "CONFIRMED"),
            "TRANSP:" + (event.isAbsence || event.isCancelled ? "TRANSPARENT" : "OPAQUE"),
            "END:VEVENT",
        ]
        return lines
    }

    // MARK: - Dates

    static let parisCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .paris
        return calendar
    }()

    static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }()

    /// `DTSTART;TZID=Europe/Paris:20261208T083000`: the Paris wall-clock time. When the clocks
    /// show that time twice (the hour repeated when they go back in October), the UTC form
    /// `DTSTART:20261025T013000Z` instead: RFC 5545 reads such a local time as its first
    /// occurrence, and some readers take the second, so only UTC names the instant for sure.
    static func dateTime(_ property: String, _ instant: Date) -> String {
        if isRepeatedInParis(instant) { return property + ":" + utc(instant) }
        return property + ";TZID=" + timeZoneID + ":" + stamp(parisCalendar.dateComponents(stampParts, from: instant))
    }

    /// `20261025T013000Z`.
    static func utc(_ instant: Date) -> String {
        stamp(utcCalendar.dateComponents(stampParts, from: instant)) + "Z"
    }

    /// Whether the Paris wall-clock time of `instant` happens twice: it is then also the wall-clock
    /// time of the instant one clock change earlier or later.
    static func isRepeatedInParis(_ instant: Date) -> Bool {
        let zone = parisCalendar.timeZone
        let window: TimeInterval = 6 * 3600
        let setBack = zone.secondsFromGMT(for: instant - window) - zone.secondsFromGMT(for: instant + window)
        guard setBack > 0 else { return false }
        let wall = parisCalendar.dateComponents(stampParts, from: instant)
        return [instant - TimeInterval(setBack), instant + TimeInterval(setBack)].contains {
            parisCalendar.dateComponents(stampParts, from: $0) == wall
        }
    }

    private static let stampParts: Set<Calendar.Component> = [.year, .month, .day, .hour, .minute, .second]

    /// `YYYYMMDDTHHMMSS`.
    private static func stamp(_ parts: DateComponents) -> String {
        func digits(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return digits(parts.year, 4) + digits(parts.month, 2) + digits(parts.day, 2) + "T"
            + digits(parts.hour, 2) + digits(parts.minute, 2) + digits(parts.second, 2)
    }

    // MARK: - Text

    /// A TEXT value (RFC 5545 3.3.11): `\` `;` `,` and line feeds escaped as `\\` `\;` `\,` `\n`;
    /// carriage returns and the other control characters, which TEXT cannot hold, dropped
    /// (a tab stays).
    static func escape(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped.append(contentsOf: #"\\"#.unicodeScalars)
            case ";": escaped.append(contentsOf: #"\;"#.unicodeScalars)
            case ",": escaped.append(contentsOf: #"\,"#.unicodeScalars)
            case "\n": escaped.append(contentsOf: #"\n"#.unicodeScalars)
            case "\t": escaped.append(scalar)
            case "\u{00}"..."\u{1F}", "\u{7F}": continue
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    /// Splits a content line so that no line exceeds 75 octets of UTF-8, CRLF excluded; each
    /// continuation starts with one space. Cuts fall between characters, never inside one's
    /// UTF-8 sequence.
    static func fold(_ line: String) -> String {
        let limit = 75
        var folded = String.UnicodeScalarView()
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if octets + size > limit {
                folded.append(contentsOf: "\r\n ".unicodeScalars)
                octets = 1
            }
            folded.append(scalar)
            octets += size
        }
        return String(folded)
    }
}
