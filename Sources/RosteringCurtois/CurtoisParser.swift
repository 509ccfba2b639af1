/// Reads the Curtois text format line by line, then checks every reference (shift, staff, day).
struct CurtoisParser {
    private var section = ""
    private var lineNumber = 0
    private var instance = CurtoisInstance()
    private var seenHorizon = false
    /// Line of each record that names a shift, a staff member or a day, to check once all is read.
    private var references: [(line: Int, section: String, staff: String?, shift: String?, day: Int?)] = []

    mutating func parse(_ text: String) throws(CurtoisError) -> CurtoisInstance {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, raw) in lines.enumerated() {
            lineNumber = index + 1
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("SECTION_") {
                section = String(line)
                continue
            }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
            try read(fields)
        }
        guard seenHorizon else { throw CurtoisError(line: 0, message: "SECTION_HORIZON absente") }
        guard !instance.shifts.isEmpty else { throw CurtoisError(line: 0, message: "SECTION_SHIFTS vide ou absente") }
        try checkReferences()
        return instance
    }

    private mutating func read(_ fields: [String]) throws(CurtoisError) {
        switch section {
        case "SECTION_HORIZON":
            try expect(fields, count: 1)
            instance.days = try number(fields[0])
            guard instance.days > 0 else { throw fail("horizon de \(instance.days) jours") }
            seenHorizon = true
        case "SECTION_SHIFTS":
            try expect(fields, count: 3)
            let forbidden = fields[2].split(separator: "|").map { String($0.trimmingSpaces) }
            instance.shifts.append(.init(id: fields[0], minutes: try number(fields[1]), forbiddenSuccessors: forbidden))
            for next in forbidden { references.append((lineNumber, section, nil, next, nil)) }
        case "SECTION_STAFF":
            try expect(fields, count: 8)
            var limits: [String: Int] = [:]
            for pair in fields[1].split(separator: "|") {
                let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
                guard parts.count == 2 else { throw fail("« poste=max » attendu, trouvé « \(pair) »") }
                let shift = String(parts[0].trimmingSpaces)
                limits[shift] = try number(String(parts[1].trimmingSpaces))
                references.append((lineNumber, section, nil, shift, nil))
            }
            instance.staff.append(
                .init(
                    id: fields[0], maxShifts: limits, maxTotalMinutes: try number(fields[2]),
                    minTotalMinutes: try number(fields[3]), maxConsecutiveShifts: try number(fields[4]),
                    minConsecutiveShifts: try number(fields[5]), minConsecutiveDaysOff: try number(fields[6]),
                    maxWeekends: try number(fields[7])))
        case "SECTION_DAYS_OFF":
            guard fields.count >= 1 else { throw fail("identifiant attendu") }
            var days: [Int] = []
            for field in fields.dropFirst() where !field.isEmpty {
                let day = try number(field)
                days.append(day)
                references.append((lineNumber, section, fields[0], nil, day))
            }
            references.append((lineNumber, section, fields[0], nil, nil))
            instance.daysOff[fields[0], default: []] += days
        case "SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS":
            try expect(fields, count: 4)
            let request = CurtoisInstance.Request(
                staff: fields[0], day: try number(fields[1]), shift: fields[2],
                weight: try number(fields[3]))
            references.append((lineNumber, section, request.staff, request.shift, request.day))
            if section == "SECTION_SHIFT_ON_REQUESTS" {
                instance.onRequests.append(request)
            } else {
                instance.offRequests.append(request)
            }
        case "SECTION_COVER":
            try expect(fields, count: 5)
            let cover = CurtoisInstance.Cover(
                day: try number(fields[0]), shift: fields[1], requirement: try number(fields[2]),
                weightUnder: try number(fields[3]), weightOver: try number(fields[4]))
            references.append((lineNumber, section, nil, cover.shift, cover.day))
            instance.covers.append(cover)
        case "":
            throw fail("donnée hors section : « \(fields.joined(separator: ",")) »")
        default:
            throw fail("section inconnue")
        }
    }

    private func checkReferences() throws(CurtoisError) {
        let shifts = Set(instance.shifts.map(\.id))
        let staff = Set(instance.staff.map(\.id))
        for reference in references {
            if let shift = reference.shift, !shifts.contains(shift) {
                throw CurtoisError(line: reference.line, message: "\(reference.section) : poste inconnu « \(shift) »")
            }
            if let person = reference.staff, !staff.contains(person) {
                throw CurtoisError(
                    line: reference.line, message: "\(reference.section) : personne inconnue « \(person) »")
            }
            if let day = reference.day, !(0..<instance.days).contains(day) {
                throw CurtoisError(
                    line: reference.line,
                    message: "\(reference.section) : jour \(day) hors de l’horizon (0 à \(instance.days - 1))")
            }
        }
    }

    private func expect(_ fields: [String], count: Int) throws(CurtoisError) {
        guard fields.count == count else {
            throw fail("\(count) champ\(count > 1 ? "s" : "") attendu\(count > 1 ? "s" : ""), trouvé \(fields.count)")
        }
    }

    private func number(_ field: String) throws(CurtoisError) -> Int {
        guard let value = Int(field), value >= 0 else { throw fail("nombre attendu, trouvé « \(field) »") }
        return value
    }

    private func fail(_ message: String) -> CurtoisError {
        CurtoisError(line: lineNumber, message: section.isEmpty ? message : "\(section) : \(message)")
    }
}

extension Substring {
    /// The text without surrounding spaces, tabs or carriage returns.
    var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" || first == "\r" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
        return text
    }
}
