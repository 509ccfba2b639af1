extension RosterProblem {
    /// What makes the problem unusable by the solver, in French, one line per issue (empty when
    /// usable): indices out of range, per-type arrays of the wrong length, negative lengths.
    ///
    /// `RosterSolver.solve` requires an empty list; an adapter checks it first:
    /// ```swift
    /// let issues = problem.validationIssues()
    /// guard issues.isEmpty else { throw AdapterError.invalid(issues) }
    /// ```
    public func validationIssues() -> [String] {
        var issues: [String] = []
        let types = shiftTypes.count
        if days < 1 { issues.append("horizon de \(days) jour(s)") }
        if types > Int(Int16.max) { issues.append("trop de types de poste (\(types))") }
        for (t, shift) in shiftTypes.enumerated() {
            if shift.minutes < 0 { issues.append("poste \(shift.id) : durée négative") }
            for next in shift.forbiddenSuccessors where !(0..<types).contains(next) {
                issues.append("poste \(shift.id) : successeur interdit \(next) inconnu (poste n° \(t))")
            }
        }
        for person in staff {
            if person.maxShifts.count != types || person.eligible.count != types {
                issues.append("\(person.id) : maxShifts et eligible doivent avoir \(types) valeur(s)")
            }
            for day in person.daysOff where !(0..<days).contains(day) {
                issues.append("\(person.id) : jour de repos \(day) hors de l’horizon")
            }
        }
        let known = 0..<staff.count, horizon = 0..<days, kinds = 0..<types
        for cover in covers where !horizon.contains(cover.day) || !kinds.contains(cover.shift) {
            issues.append("couverture jour \(cover.day) poste \(cover.shift) : hors limites")
        }
        for request in requests
        where !known.contains(request.staff) || !horizon.contains(request.day) || !kinds.contains(request.shift) {
            issues.append("demande personne \(request.staff) jour \(request.day) poste \(request.shift) : hors limites")
        }
        for pin in pinned
        where !known.contains(pin.staff) || !horizon.contains(pin.day) || !(pin.shift.map(kinds.contains) ?? true) {
            issues.append("affectation imposée personne \(pin.staff) jour \(pin.day) : hors limites")
        }
        for term in fairness where !(term.staff ?? []).allSatisfy(known.contains) {
            issues.append("équité : personne inconnue")
        }
        return issues
    }
}
