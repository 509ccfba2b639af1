import Rostering

/// A deterministic Curtois-format instance larger than 1–8, for measuring the engine at scale.
///
/// Built like the published instances (later shifts forbid earlier ones the next day, per-type
/// maxima with some types closed to some people, tight minimum and maximum minutes, days off, on
/// and off requests, cover with under-weight 100 and over-weight 1) but with mixed shift lengths,
/// so that the minutes a row may hold are many. Each person's rules are drawn around a hidden
/// row that keeps them (a planted roster), cover asks for what the planted roster gives (one more
/// or one less on about one slot in eight) and three requests in four agree with it: every
/// instance is feasible, and the planted roster's objective bounds its optimum from above.
/// Same arguments, same text.
///
/// ```swift
/// let text = SyntheticInstance(staff: 150, days: 364, shiftTypes: 10, seed: 1).text
/// ```
struct SyntheticInstance {
    let staff: Int
    let days: Int
    let shiftTypes: Int
    let seed: UInt64

    /// Parses `PERSONNESxJOURSxPOSTES` or `PERSONNESxJOURSxPOSTESxGRAINE` (days rounded up to weeks).
    init?(spec: String) {
        let parts = spec.split(separator: "x").map { Int($0) }
        guard parts.count == 3 || parts.count == 4, parts.allSatisfy({ ($0 ?? 0) > 0 }) else { return nil }
        self.init(staff: parts[0]!, days: parts[1]!, shiftTypes: parts[2]!, seed: UInt64(parts.count == 4 ? parts[3]! : 1))
    }

    init(staff: Int, days: Int, shiftTypes: Int, seed: UInt64) {
        self.staff = staff
        self.days = (days + 6) / 7 * 7
        self.shiftTypes = shiftTypes
        self.seed = seed
    }

    var name: String { "Synth\(staff)x\(days)x\(shiftTypes)" + (seed == 1 ? "" : "s\(seed)") }

    /// The instance's text and its planted roster (shift index per staff and day, nil for off).
    var generated: (text: String, planted: [[Int?]]) {
        var random = SplitMix(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(staff * 1_000_003 + days * 101 + shiftTypes))
        let lengths = [480, 480, 600, 420, 540, 720, 360, 480, 600, 660]
        let shiftIDs = (0..<shiftTypes).map { "S\($0)" }
        let minutes = (0..<shiftTypes).map { lengths[$0 % lengths.count] }
        let rare = max(1, shiftTypes / 4)
        var lines = ["SECTION_HORIZON", "\(days)", "", "SECTION_SHIFTS"]
        for t in 0..<shiftTypes {
            // A later shift forbids the much earlier ones the next day (a night forbids the morning…).
            let forbidden = (0..<t).filter { t - $0 >= max(1, shiftTypes / 3) }
            lines.append("\(shiftIDs[t]),\(minutes[t]),\(forbidden.map { shiftIDs[$0] }.joined(separator: "|"))")
        }
        lines += ["", "SECTION_STAFF"]
        let staffIDs = (0..<staff).map { "E\($0)" }
        let months = max(1, days / 28)
        var planted = Array(repeating: Array(repeating: -1, count: days), count: staff)
        var eligibility: [[Bool]] = []
        var daysOffLines: [String] = []
        for s in 0..<staff {
            let partTime = random.below(5) == 0
            let open = (0..<shiftTypes).map { $0 == 0 || random.below(100) < 60 }
            eligibility.append(open)
            let maxConsecutive = partTime ? 4 : 5 + random.below(2)
            let minConsecutive = partTime ? 1 : 2
            let minDaysOff = 2 + random.below(2)
            let choices = (0..<shiftTypes).filter { open[$0] }
            // The planted row: work runs then rest runs, types non-decreasing within a run.
            var day = random.below(3)
            var counts = Array(repeating: 0, count: shiftTypes)
            while day < days {
                let run = minConsecutive + random.below(maxConsecutive - minConsecutive + 1)
                var floor = 0
                for d in day..<min(days, day + run) {
                    var options = choices.filter { $0 >= floor && (counts[$0] < days / 9 || $0 < shiftTypes - rare) }
                    if options.isEmpty { options = [choices.first { $0 >= floor } ?? choices.last!] }
                    let t = random.below(3) == 0 ? options[random.below(options.count)] : options[0]
                    planted[s][d] = t
                    counts[t] += 1
                    floor = t
                }
                day += run + minDaysOff + random.below(partTime ? 4 : 3)
            }
            let worked = (0..<shiftTypes).reduce(0) { $0 + counts[$1] * minutes[$1] }
            let weekends = (0..<(days / 7)).filter { planted[s][$0 * 7 + 5] >= 0 || planted[s][$0 * 7 + 6] >= 0 }.count
            let maxima = (0..<shiftTypes).map { t in
                "\(shiftIDs[t])=\(!open[t] ? 0 : t >= shiftTypes - rare ? counts[t] + random.below(2) : days)"
            }
            let maxMinutes = (worked + months * 240 + 59) / 60 * 60
            let minMinutes = max(0, worked - months * 480) / 60 * 60
            lines.append("\(staffIDs[s]),\(maxima.joined(separator: "|")),\(maxMinutes),\(minMinutes),"
                + "\(maxConsecutive),\(minConsecutive),\(minDaysOff),\(weekends)")
            let rest = (0..<days).filter { planted[s][$0] < 0 }
            let off = Set((0..<max(1, days / 14)).map { _ in rest[random.below(rest.count)] }).sorted()
            daysOffLines.append(([staffIDs[s]] + off.map(String.init)).joined(separator: ","))
        }
        lines += ["", "SECTION_DAYS_OFF"] + daysOffLines
        // Three requests in four agree with the planted row, as people's wishes mostly fit a good roster.
        for (section, on) in [("SECTION_SHIFT_ON_REQUESTS", true), ("SECTION_SHIFT_OFF_REQUESTS", false)] {
            lines += ["", section]
            for s in 0..<staff {
                let choices = (0..<shiftTypes).filter { eligibility[s][$0] }
                let agreeing = (0..<days).filter { (planted[s][$0] >= 0) == on }
                for _ in 0..<max(1, days / 8) {
                    var day = random.below(days)
                    var t = choices[random.below(choices.count)]
                    if random.below(4) != 0, !agreeing.isEmpty {
                        day = agreeing[random.below(agreeing.count)]
                        if on { t = planted[s][day] }
                    }
                    lines.append("\(staffIDs[s]),\(day),\(shiftIDs[t]),\(1 + random.below(3))")
                }
            }
        }
        lines += ["", "SECTION_COVER"]
        for day in 0..<days {
            for t in 0..<shiftTypes {
                let given = (0..<staff).filter { planted[$0][day] == t }.count
                let requirement = max(0, given + (random.below(8) == 0 ? 1 : 0) - (random.below(8) == 0 ? 1 : 0))
                lines.append("\(day),\(shiftIDs[t]),\(requirement),100,1")
            }
        }
        return (lines.joined(separator: "\n") + "\n", planted.map { $0.map { $0 < 0 ? nil : $0 } })
    }
}
