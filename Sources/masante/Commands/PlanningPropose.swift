import MaSanteTerminal

extension Planning {
    struct Proposer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Propose la semaine d'un centre : remplit ses besoins avec le personnel affecté, sans enfreindre de règle bloquante.",
            discussion: """
                Les services déjà planifiés (et les absences) restent tels quels ; la proposition s'ajoute à la semaine en \
                brouillon (jamais à une semaine publiée). Affiche le score par contrainte et les besoins non couverts, avec \
                pour chacun ce qui empêche chaque personne de le prendre. Besoins : « planning besoins », sinon déduits \
                des horaires d'ouverture.
                """)

        @OptionGroup var which: WeekOptions
        @OptionGroup var search: ProposeSearchOptions
        @OptionGroup var replan: AbsenceReplanOptions
        @OptionGroup var network: NetworkOptions

        func validate() throws {
            try OptionRefusal.checking {
                try search.check()
                try replan.check()
            }
        }

        /// `--centres A,B` or `--reseau`: one proposal for several centres' week (``ProposeNetwork``),
        /// said centre by centre, saved in one transaction unless `--apercu`; else the week of one centre.
        func run() throws {
            if network.isChosen {
                try network.check(alone: replan.isEmpty && which.centre == nil)
                return try network.propose(try which.global.connect(), week: which.week(), search: search)
            }
            let week = which.week()
            let absence = try replan.replan(in: week)
            let (session, centre) = try which.open()
            let request = search.request(centre: centre, week: week, absence: absence, reason: replan.motif)
            try ProposeWeek(session).propose(request, preview: search.apercu) { print($0) }
        }
    }

    struct Expliquer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Détaille le score d'une semaine, faite à la main ou proposée : couverture des besoins, écart aux heures des contrats, et les besoins non couverts avec leurs raisons."
        )

        @OptionGroup var which: WeekOptions

        func run() throws {
            let week = which.week()
            let (session, centre) = try which.open()
            print(
                ExplainWeek.text(try ExplainWeek(session).run(centre: centre, week: week), centre: centre, week: week))
        }
    }
}
