import Foundation
import MaSante
import Testing

@Suite struct SlotCutterTests {
    typealias F = Fixture

    static func cutter(
        hours: OpeningHours = F.fullHours, closures: Set<CalendarDate> = [], rules: [SlotRule] = []
    ) -> SlotCutter {
        SlotCutter(centre: F.centre(hours: hours, closures: closures), settings: SlotSettings(rules))
    }

    /// `HH:MM` on the Paris wall clock of each slot's start.
    static func starts(_ slots: [BookableSlot]) -> [String] {
        slots.map { ParisTime.text($0.start) }
    }

    enum ParisTime {
        static let formatter: DateFormatter = {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "Europe/Paris")
            formatter.dateFormat = "HH:mm"
            return formatter
        }()
        static func text(_ date: Date) -> String { formatter.string(from: date) }
    }

    @Test func aMorningOfConsultationGivesTwelveSlotsOfTwentyMinutes() {
        let slots = Self.cutter().slots(shifts: [F.shift(F.dec(8), "08:30", "12:30")], longAbsences: [:])
        #expect(slots.count == 12)
        #expect(Self.starts(slots).first == "08:30")
        #expect(Self.starts(slots).last == "12:10")
        #expect(slots.allSatisfy { $0.end.timeIntervalSince($0.start) == 20 * 60 && $0.status == .free })
    }

    @Test func unscheduledCareIsCutInFifteenMinutesAndAnEndMarginIsLeftFree() {
        let shifts = [F.shift(F.dec(8), "14:00", "16:00", .soinsNonProgrammes)]
        #expect(Self.cutter().slots(shifts: shifts, longAbsences: [:]).count == 8)
        let margin = try! SlotRule(activity: .soinsNonProgrammes, length: 15, endMargin: 30)
        let slots = Self.cutter(rules: [margin]).slots(shifts: shifts, longAbsences: [:])
        #expect(Self.starts(slots) == ["14:00", "14:15", "14:30", "14:45", "15:00", "15:15"])
    }

    @Test func shiftsThatFollowEachOtherShareOneMarginAndARemainderShorterThanASlotIsDropped() {
        let margin = try! SlotRule(activity: .consultation, length: 20, endMargin: 10)
        let shifts = [F.shift(F.dec(8), "08:00", "09:00"), F.shift(F.dec(8), "09:00", "10:00")]
        let slots = Self.cutter(rules: [margin]).slots(shifts: shifts, longAbsences: [:])
        #expect(Self.starts(slots) == ["08:00", "08:20", "08:40", "09:00", "09:20"])
    }

    @Test func noSlotOverlapsAVisitAnAbsenceOrAShiftInAnotherCentre() {
        let day = F.dec(8)
        let shifts = [
            F.shift(day, "08:00", "12:00"), F.shift(day, "09:00", "10:00", .visiteDomicile),
            F.shift(day, "10:40", "11:00", .conge), F.shift(day, "11:20", "11:40", .consultation, centre: F.salviac),
        ]
        let slots = Self.cutter().slots(shifts: shifts, longAbsences: [:])
        #expect(Self.starts(slots) == ["08:00", "08:20", "08:40", "10:00", "10:20", "11:00", "11:40"])
        let busy = shifts.dropFirst().map(\.interval)
        #expect(
            slots.allSatisfy { slot in busy.allSatisfy { (slot.interval.intersection(with: $0)?.duration ?? 0) == 0 } })
    }

    @Test func aClosedCentreALongAbsenceAndHoursOutsideOpeningGiveNoSlot() {
        let closed = Self.cutter(closures: [F.dec(8)]).slots(
            shifts: [F.shift(F.dec(8), "08:00", "12:00")], longAbsences: [:])
        #expect(closed.isEmpty)
        let leave = LongAbsence(kind: .maladieLongue, start: F.dec(7), end: F.dec(9))
        let absent = Self.cutter().slots(
            shifts: [F.shift(F.dec(8), "08:00", "12:00")], longAbsences: [F.marieID: [leave]])
        #expect(absent.isEmpty)
        let evening = Self.cutter().slots(shifts: [F.shift(F.dec(8), "19:00", "21:00")], longAbsences: [:])
        #expect(Self.starts(evening) == ["19:00", "19:20", "19:40"])
    }

    @Test func slotsAcrossTheSpringClockChangeLastWhatTheClockSays() throws {
        let sunday = CalendarDate(year: 2026, month: 3, day: 29)!
        let hours = try OpeningHours(ranges: [.dimanche: [try TimeRange.parse("00:00-12:00")]])
        let shift = F.shift(sunday, "01:00", "04:00", .soinsNonProgrammes)
        let slots = Self.cutter(hours: hours).slots(shifts: [shift], longAbsences: [:])
        #expect(slots.count == 8)
        #expect(Self.starts(slots) == ["01:00", "01:15", "01:30", "01:45", "03:00", "03:15", "03:30", "03:45"])
    }

    @Test func slotIdsAreTheSameAtEveryCutAndDifferWithTheStart() {
        let shifts = [F.shift(F.dec(8), "08:30", "12:30")]
        let first = Self.cutter().slots(shifts: shifts, longAbsences: [:]).map(\.id)
        let again = Self.cutter().slots(shifts: shifts, longAbsences: [:]).map(\.id)
        #expect(first == again)
        #expect(Set(first).count == first.count)
        let later = Self.cutter().slots(shifts: [F.shift(F.dec(8), "08:40", "12:40")], longAbsences: [:]).map(\.id)
        #expect(Set(first).isDisjoint(with: later))
    }

    @Test func theNameBasedUUIDIsTheOneOfRFC4122() {
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(
            UUID(version5: dns, name: "www.example.com").uuidString.lowercased()
                == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
    }

    @Test func slotRulesOutsideTheirRangeAreRefusedWithTheValidValues() {
        for minutes in [5, 240] {
            #expect {
                try SlotRule(activity: .consultation, length: minutes)
            } throws: { ($0 as? FieldError)?.message.contains("de 10 à 60 min") == true }
        }
        #expect {
            try SlotRule(activity: .consultation, length: 20, endMargin: 90)
        } throws: { ($0 as? FieldError)?.message.contains("de 0 à 60 min") == true }
        #expect {
            try SlotRule(activity: .visiteDomicile, length: 20)
        } throws: { ($0 as? FieldError)?.message.contains("consultation, soins_non_programmes") == true }
        #expect(SlotSettings()[.consultation].length == 20)
        #expect(SlotSettings()[.soinsNonProgrammes].length == 15)
    }
}
