public import MaSante
import MaSantePostgres
package import PQ

/// The welcome templates, one per profession (`welcome_template_items`, migration 0018): the steps
/// a recruit's checklist is copied from. Editing a template never changes a checklist already open.
public struct WelcomeTemplateQueries {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// The steps of `profession`'s template (every profession's when nil), by profession, then
    /// due day, group and label.
    public func steps(of profession: Profession? = nil) throws -> [TemplateStep] {
        try connection.query(
            """
            SELECT profession, label, item_group, owner, due_offset FROM welcome_template_items
            WHERE \(profession)::profession IS NULL OR profession = \(profession)::profession
            ORDER BY profession, due_offset, item_group, lower(label)
            """
        ).map { row in
            let (profession, label, group, owner, days) = try row.decode(
                (Profession, String, WelcomeGroup, WelcomeOwner, Int).self)
            return TemplateStep(
                profession: profession,
                step: WelcomeStep(label: label, group: group, owner: owner, offset: DueOffset(days: days) ?? .zero))
        }
    }

    /// Adds `step` to the templates of `professions`, or changes the step of the same label
    /// (whatever its case): how many templates gained it, and how many had it changed.
    public func save(_ step: WelcomeStep, for professions: [Profession]) throws -> (added: Int, changed: Int) {
        let codes = professions.map(\.rawValue)
        let changed = try connection.execute(
            """
            UPDATE welcome_template_items SET item_group = \(step.group), owner = \(step.owner), due_offset = \(step.offset.days)
            WHERE profession::text = ANY(\(codes)) AND lower(label) = lower(\(step.label))
              AND (item_group, owner, due_offset) IS DISTINCT FROM (\(step.group)::welcome_group, \(step.owner)::welcome_owner, \(step.offset.days)::int)
            """)
        let added = try connection.execute(
            """
            INSERT INTO welcome_template_items (profession, label, item_group, owner, due_offset)
            SELECT p::profession, \(step.label)::text, \(step.group)::welcome_group, \(step.owner)::welcome_owner,
                   \(step.offset.days)::int
            FROM unnest(\(codes)::text[]) AS p
            WHERE NOT EXISTS (SELECT 1 FROM welcome_template_items t
                              WHERE t.profession::text = p AND lower(t.label) = lower(\(step.label)))
            """)
        return (added, changed)
    }

    /// Removes the step labelled `label` (whatever its case) from the templates of `professions`:
    /// how many templates lost it; refused when none had it.
    public func remove(label: String, from professions: [Profession]) throws -> Int {
        let removed = try connection.execute(
            """
            DELETE FROM welcome_template_items WHERE profession::text = ANY(\(professions.map(\.rawValue)))
              AND lower(label) = lower(\(label))
            """)
        guard removed > 0 else {
            let known = Set(try steps().filter { professions.contains($0.profession) }.map(\.step.label)).sorted()
            throw StoreError.notFound(
                "aucun élément « \(label) » dans le modèle (éléments : \(known.isEmpty ? "aucun" : known.joined(separator: ", ")))"
            )
        }
        return removed
    }
}

/// A step of one profession's template.
public struct TemplateStep: Sendable, Hashable {
    public var profession: Profession
    public var step: WelcomeStep
}
