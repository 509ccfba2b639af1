public import PQ

extension PlanningFixture {
    /// Every planning table, row by row: equal before and after means nothing was written.
    public static func state(_ conn: Connection) throws -> String {
        var text = ""
        for table in [
            "shifts", "planning_weeks", "planning_changes", "planning_templates", "template_shifts",
            "centre_rule_settings", "centre_needs", "staff_preferences",
        ] {
            text +=
                "\(table):\n"
                + (try conn.query(
                    """
                    SELECT coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '') FROM \(identifier: table) t
                    """
                ).single(String.self)) + "\n"
        }
        return text
    }
}
