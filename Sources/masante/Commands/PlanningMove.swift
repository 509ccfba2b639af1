import MaSanteTerminal

extension Planning {
    /// `masante planning deplacer`: one shift to another day, other hours or another person, in one change.
    struct Deplacer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Déplace un service : autre jour, autres heures ou autre personne, en un seul changement.",
            discussion: """
                Le service est désigné comme pour « planning supprimer » (--id, ou --personne, --jour et --debut). \
                Seul ce qui est donné change : une nouvelle heure de début sans nouvelle fin garde la durée du service. \
                Mêmes contrôles qu'un ajout ; dans une semaine publiée, --motif est obligatoire et le déplacement est \
                inscrit dans son historique (avant, après). Tout ou rien.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var selection: ShiftSelection
        @OptionGroup var target: MoveOptions
        @OptionGroup var change: ChangeOptions

        func validate() throws {
            try target.check()
            try OptionRefusal.checking { _ = try selection.checked() }
        }

        func run() throws {
            let session = try global.connect()
            let choice = try selection.choice(session: session)
            let request = try target.request(change)
            try target.reporting { try MoveShift(session).run(choice, request) }.lines.forEach { print($0) }
        }
    }
}
