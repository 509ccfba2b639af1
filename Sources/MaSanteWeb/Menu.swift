import MaSanteStore

/// The pages of each role: the first is the person's home page.
enum Menu {
    struct Entry: Sendable {
        var href: String
        var label: String
    }

    static func entries(for role: UserRole) -> [Entry] {
        switch role {
        case .region:
            [
                Entry(href: "/region/rapport", label: "Rapport d'avancement"),
                Entry(href: "/region/observatoire", label: "Observatoire"), Entry(href: "/postes", label: "Postes"),
            ]
        case .responsable:
            [
                Entry(href: "/centres", label: "Mes centres"), Entry(href: "/agendas", label: "Agendas"),
                Entry(href: "/postes", label: "Postes"),
            ]
        case .rh:
            [
                Entry(href: "/personnel", label: "Personnel"), Entry(href: "/agendas", label: "Agendas"),
                Entry(href: "/region/rapport", label: "Rapport d'avancement"),
                Entry(href: "/region/observatoire", label: "Observatoire"), Entry(href: "/postes", label: "Postes"),
            ]
        case .admin:
            [
                Entry(href: "/admin/utilisateurs", label: "Utilisateurs"),
                Entry(href: "/admin/journal", label: "Journal d'audit"),
                Entry(href: "/region/rapport", label: "Rapport d'avancement"),
                Entry(href: "/region/observatoire", label: "Observatoire"), Entry(href: "/postes", label: "Postes"),
            ]
        }
    }

    static func home(for role: UserRole) -> String { entries(for: role)[0].href }
}
