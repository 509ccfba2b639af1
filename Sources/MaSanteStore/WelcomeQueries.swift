import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// Recruits' welcome checklists (`welcome_checklists`, `welcome_items`, migration 0018): opening
/// one from the profession's template, reading it, ticking an item, listing where each stands.
/// The database keeps the rules (a checklist for a recruit only, statuses from the list, no item
/// closed on a day to come, a manager ticking only the items of « responsable »); these checks
/// make the French message precise.
public struct WelcomeQueries {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// The day `person` was hired (the first « embauche » or « en poste » of their latest cycle:
    /// someone hired again gets a checklist for the new hire), nil for a candidate.
    public func hireDate(of person: PersonReference) throws -> CalendarDate? {
        try connection.query(
            """
            SELECT occurred_on FROM recruitment_events
            WHERE person_id = \(person.id) AND stage IN ('embauche', 'en_poste')
            ORDER BY cycle DESC, occurred_on LIMIT 1
            """
        ).first?.decode(CalendarDate.self, column: 0)
    }

    /// Opens the checklist of `person` from their profession's template, its due days counted
    /// from `start` (their hire date when nil): the start and the number of items. Refused for
    /// someone not hired, or who has a checklist for this hire already.
    public func open(for person: PersonReference, start: CalendarDate? = nil) throws -> (CalendarDate, Int) {
        guard let hired = try hireDate(of: person) else {
            throw StoreError.refused(
                "\(person.display) n'est pas embauché·e : la liste d'accueil s'ouvre à l'embauche (recrutement etape --etape embauche)"
            )
        }
        if let existing = try checklist(of: person), existing.start >= hired {
            throw StoreError.refused(
                "\(person.display) a déjà une liste d'accueil (depuis le \(existing.start.french), \(existing.items.count) élément(s))"
            )
        }
        let first = start ?? hired
        let items = try connection.query(
            """
            WITH opened AS (
                INSERT INTO welcome_checklists (person_id, starts_on) VALUES (\(person.id), \(first)) RETURNING id, person_id)
            INSERT INTO welcome_items (checklist_id, person_id, label, item_group, owner, due_offset)
            SELECT o.id, o.person_id, t.label, t.item_group, t.owner, t.due_offset
            FROM opened o JOIN people p ON p.id = o.person_id JOIN welcome_template_items t ON t.profession = p.profession
            RETURNING id
            """
        ).count
        return (first, items)
    }

    /// Opens the checklist of someone just hired, unless they have one for this hire: the number
    /// of items, nil when nothing was opened.
    public func openIfMissing(for person: PersonReference) throws -> Int? {
        guard let hired = try hireDate(of: person) else { return nil }
        if let existing = try checklist(of: person), existing.start >= hired { return nil }
        return try open(for: person, start: hired).1
    }

    /// The latest checklist of `person` that the caller may read, items by due day, group and label.
    public func checklist(of person: PersonReference) throws -> WelcomeChecklist? {
        guard
            let row = try connection.query(
                "SELECT id, starts_on FROM welcome_checklists WHERE person_id = \(person.id) ORDER BY starts_on DESC LIMIT 1"
            ).first
        else { return nil }
        let (id, start) = try row.decode((Int, CalendarDate).self)
        let items = try connection.query(
            """
            SELECT id, label, item_group, owner, due_offset, status, done_on, note FROM welcome_items
            WHERE checklist_id = \(id) ORDER BY due_offset, item_group, lower(label), id
            """
        ).map { row in
            let (itemID, label, group, owner, days, status, closed, note) = try row.decode(
                (Int, String, WelcomeGroup, WelcomeOwner, Int, WelcomeStatus, CalendarDate?, String?).self)
            let step = WelcomeStep(label: label, group: group, owner: owner, offset: DueOffset(days: days) ?? .zero)
            return WelcomeChecklist.Line(
                id: itemID, item: WelcomeItem(step: step, status: status, closedOn: closed, note: note))
        }
        return WelcomeChecklist(person: person, start: start, items: items)
    }

    /// Sets the status of the item `id` (closed on `day`, nil to reopen it) and, when given, its
    /// note. False when the caller's role may not change it (a manager, an item not theirs).
    public func set(item id: Int, status: WelcomeStatus, closedOn day: CalendarDate?, note: String?) throws -> Bool {
        try connection.execute(
            """
            UPDATE welcome_items SET status = \(status), done_on = \(day), note = coalesce(\(note)::text, note)
            WHERE id = \(id)
            """) == 1
    }

    /// Each recruit's latest checklist the caller may read, as it stood on `day`: optionally only
    /// those of the people assigned to `centre` then, oldest hire first.
    public func summaries(on day: CalendarDate, centre: Int? = nil) throws -> [WelcomeSummary] {
        try connection.fetch(
            SummaryLine.self,
            """
            WITH latest AS (
                SELECT DISTINCT ON (person_id) id, person_id, starts_on FROM welcome_checklists
                ORDER BY person_id, starts_on DESC)
            SELECT p.id, p.last_name, p.first_name, p.profession, l.starts_on, count(i.id) AS total,
                   count(i.id) FILTER (WHERE i.done_on <= \(day)) AS closed,
                   count(i.id) FILTER (WHERE (i.done_on IS NULL OR i.done_on > \(day))
                                         AND l.starts_on + i.due_offset < \(day)) AS late,
                   (SELECT n.label FROM welcome_items n WHERE n.checklist_id = l.id AND (n.done_on IS NULL OR n.done_on > \(day))
                    ORDER BY n.due_offset, n.item_group, lower(n.label) LIMIT 1) AS next_label,
                   (SELECT l.starts_on + min(n.due_offset) FROM welcome_items n
                    WHERE n.checklist_id = l.id AND (n.done_on IS NULL OR n.done_on > \(day))) AS next_due,
                   (SELECT string_agg(DISTINCT ce.name, ', ') FROM assignments a JOIN centres ce ON ce.id = a.centre_id
                    WHERE a.person_id = p.id AND (a.ends_on IS NULL OR a.ends_on >= \(day))) AS centres
            FROM latest l JOIN people p ON p.id = l.person_id LEFT JOIN welcome_items i ON i.checklist_id = l.id
            WHERE \(centre)::int8 IS NULL OR EXISTS (
                SELECT 1 FROM assignments a WHERE a.person_id = p.id AND a.centre_id = \(centre)::int8
                  AND (a.ends_on IS NULL OR a.ends_on >= \(day)))
            GROUP BY p.id, l.id, l.starts_on
            ORDER BY l.starts_on, lower(p.last_name), lower(p.first_name), p.id
            """
        ).map(\.summary)
    }

    /// A line of ``summaries(on:centre:)``, read by column name.
    private struct SummaryLine: RowDecodable {
        let summary: WelcomeSummary

        init(row: Row) throws {
            summary = WelcomeSummary(
                person: PersonReference(
                    id: try row.decode(named: "id"), lastName: try row.decode(named: "last_name"),
                    firstName: try row.decode(named: "first_name"), profession: try row.decode(named: "profession")),
                centres: try row.decode(String?.self, named: "centres") ?? "",
                start: try row.decode(named: "starts_on"),
                total: try row.decode(named: "total"), closed: try row.decode(named: "closed"),
                late: try row.decode(named: "late"), nextLabel: try row.decode(named: "next_label"),
                nextDue: try row.decode(named: "next_due"))
        }
    }
}

/// A recruit's checklist: who, the day its due days count from, and its items (with their ids).
public struct WelcomeChecklist: Sendable, Hashable {
    /// An item and its id in the database.
    public struct Line: Sendable, Hashable {
        public var id: Int
        public var item: WelcomeItem
    }

    public var person: PersonReference
    public var start: CalendarDate
    public var items: [Line]

    /// Where the welcome stands on `day`.
    public func progress(on day: CalendarDate) -> WelcomeProgress {
        WelcomeProgress(items: items.map(\.item), start: start, on: day)
    }
}

/// Where one recruit's welcome stands on a day, as `accueil liste` shows it.
public struct WelcomeSummary: Sendable, Hashable {
    public var person: PersonReference
    /// The centres the person is assigned to that day or later, joined by commas.
    public var centres: String
    public var start: CalendarDate
    public var total: Int
    /// Items closed by that day, and items open past their due day.
    public var closed: Int
    public var late: Int
    /// The first open item by due day, and the earliest due day of the open items.
    public var nextLabel: String?
    public var nextDue: CalendarDate?

    /// Where the welcome stands (the rule of ``WelcomeProgress``).
    public var progress: WelcomeProgress { late > 0 ? .enRetard : closed < total ? .enCours : .termine }
}
