import MaSanteTerminal

/// `masante demo`: the demonstration network, loaded into the base (migrated first if needed).
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Charge le réseau de démonstration (personnes fictives), sans doublon si relancé.",
        discussion: """
            26 centres ouverts et 5 en projet, 133 professionnels de santé recrutés depuis juillet 2022 \
            et leurs secrétaires, l'activité mensuelle jusqu'à octobre 2026. Les noms et numéros RPPS \
            sont inventés. Relancer la commande ne change rien. Elle refuse une base qui contient d'autres \
            données (une base réelle) : chargez-la dans une base à part.
            """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        print(try LoadDemo(try global.connect(administration: true)).run(today: CalendarDate.today()).french)
    }
}
