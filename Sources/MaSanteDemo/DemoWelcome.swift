import MaSante

/// The welcome checklists of the demo: one for each person hired in the 12 months up to the
/// horizon, as it stood then. Hired more than 6 months before: finished. Between 3 and 6 months:
/// every other one keeps one item open past its due day (housing, the order's registration, the
/// occupational health visit in turn), so the report counts late welcomes. Less than 3 months: in
/// progress, what fell due done. Some items are set aside (no children to school, no spouse's job).
enum DemoWelcome {
    static let late = [
        (item: "Logement", note: "visites en cours avec la mairie"),
        (item: "Inscription au tableau", note: "dossier incomplet, relancé"),
        (item: "Visite d'information", note: "rendez-vous à reprendre"),
    ]

    static func checklists(_ hires: [NetworkHistory.Hire], horizon: CalendarDate) -> [NetworkHistory.Welcome] {
        let recent = hires.filter {
            $0.record.contract.start <= horizon && $0.record.contract.start > horizon.adding(months: -12)
        }
        var lateSoFar = 0
        var middle = 0
        return recent.enumerated().map { index, hire in
            let start = hire.record.contract.start
            var pending: [String] = []
            var note: String?
            if start > horizon.adding(months: -6) && start <= horizon.adding(months: -3) {
                if middle % 2 == 0 {
                    let choice = late[lateSoFar % late.count]
                    (pending, note) = ([choice.item], choice.note)
                    lateSoFar += 1
                }
                middle += 1
            }
            var setAside: [String] = []
            if index % 2 == 0 { setAside.append("Scolarité des enfants") }
            if index % 3 == 0 { setAside.append("Emploi du conjoint") }
            return NetworkHistory.Welcome(
                record: hire.record, start: start, closedThrough: horizon, pending: pending, pendingNote: note,
                notApplicable: setAside)
        }
    }
}
