import MaSante

// The communes of the demonstration network: every centre's and antenne's, and those the guides
// and tests add centres in (Saint-Girons, Foix, Gourdon, Lézat-sur-Lèze, Ille-sur-Têt, Thuir), with
// a plausible mountain flag (Lozère, the Pyrenees, the Montagne Noire, the Causses) and ARS zoning
// (most in ZIP; Sainte-Croix-Volvestre, Mazamet and Lacaune moved from ZAC to ZIP, Millas from
// hors zonage to ZAC, when the new zoning came into force on 1 April 2022). Our choice, not the
// published arrêtés: docs/exemples/communes.csv and zonage.csv say the same (a test checks it).

enum DemoCommunes {
    private static func d(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { DemoCalendar.date(year, month, day) }

    /// INSEE code, name, mountain zone, zoning periods (class, from, to).
    static let table: [(String, String, Bool, [(ZoningClass, CalendarDate, CalendarDate?)])] = [
        ("09070", "Les Cabannes", true, [(.zip, d(2022, 4, 1), nil)]),
        ("09122", "Foix", true, [(.zac, d(2022, 4, 1), nil)]),
        ("09167", "Lézat-sur-Lèze", false, [(.zac, d(2022, 4, 1), nil)]),
        ("09261", "Saint-Girons", true, [(.zip, d(2022, 4, 1), nil)]),
        (
            "09268", "Sainte-Croix-Volvestre", false,
            [(.zac, d(2018, 7, 1), d(2022, 3, 31)), (.zip, d(2022, 4, 1), nil)]
        ),
        ("09306", "Tarascon-sur-Ariège", true, [(.zip, d(2022, 4, 1), nil)]),
        ("11041", "Bize-Minervois", false, [(.zac, d(2022, 4, 1), nil)]),
        ("11203", "Lézignan-Corbières", false, [(.zac, d(2022, 4, 1), nil)]),
        ("11304", "Quillan", true, [(.zip, d(2022, 4, 1), nil)]),
        ("12089", "Decazeville", true, [(.zip, d(2022, 4, 1), nil)]),
        ("12096", "Espalion", true, [(.zac, d(2022, 4, 1), nil)]),
        ("12208", "Saint-Affrique", true, [(.zip, d(2022, 4, 1), nil)]),
        ("30150", "Lussan", false, [(.zip, d(2022, 4, 1), nil)]),
        ("30258", "Saint-Gilles", false, [(.zac, d(2022, 4, 1), nil)]),
        ("30259", "Saint-Hilaire-de-Brethmas", false, [(.zac, d(2022, 4, 1), nil)]),
        ("31157", "Cugnaux", false, [(.horsZonage, d(2022, 4, 1), nil)]),
        ("31451", "Revel", false, [(.zac, d(2022, 4, 1), nil)]),
        ("31508", "Saint-Martory", false, [(.zip, d(2022, 4, 1), nil)]),
        ("32208", "Lectoure", false, [(.zip, d(2022, 4, 1), nil)]),
        ("32256", "Mirande", false, [(.zip, d(2022, 4, 1), nil)]),
        ("34028", "Bédarieux", true, [(.zip, d(2022, 4, 1), nil)]),
        ("34142", "Lodève", true, [(.zip, d(2022, 4, 1), nil)]),
        ("46127", "Gourdon", false, [(.zip, d(2022, 4, 1), nil)]),
        ("46297", "Salviac", false, [(.zip, d(2022, 4, 1), nil)]),
        ("48061", "Florac Trois Rivières", true, [(.zip, d(2022, 4, 1), nil)]),
        ("48080", "Langogne", true, [(.zip, d(2022, 4, 1), nil)]),
        ("48092", "Marvejols", true, [(.zip, d(2022, 4, 1), nil)]),
        ("48179", "Saint-Chély-d'Apcher", true, [(.zip, d(2022, 4, 1), nil)]),
        ("65059", "Bagnères-de-Bigorre", true, [(.zac, d(2022, 4, 1), nil)]),
        ("65129", "Castelnau-Magnoac", false, [(.zip, d(2022, 4, 1), nil)]),
        ("65258", "Lannemezan", false, [(.zip, d(2022, 4, 1), nil)]),
        ("66088", "Ille-sur-Têt", false, [(.zac, d(2022, 4, 1), nil)]),
        ("66108", "Millas", false, [(.horsZonage, d(2018, 7, 1), d(2022, 3, 31)), (.zac, d(2022, 4, 1), nil)]),
        ("66149", "Prades", true, [(.zip, d(2022, 4, 1), nil)]),
        ("66210", "Thuir", false, [(.zac, d(2022, 4, 1), nil)]),
        ("81124", "Lacaune", true, [(.zac, d(2018, 7, 1), d(2022, 3, 31)), (.zip, d(2022, 4, 1), nil)]),
        ("81163", "Mazamet", true, [(.zac, d(2018, 7, 1), d(2022, 3, 31)), (.zip, d(2022, 4, 1), nil)]),
        ("82013", "Beaumont-de-Lomagne", false, [(.zip, d(2022, 4, 1), nil)]),
        ("82037", "Caussade", false, [(.zip, d(2022, 4, 1), nil)]),
    ]

    /// One record per zoning period, as the territories importer reads them.
    static func records() throws -> [CommuneRecord] {
        try table.flatMap { code, name, mountain, periods in
            let insee = try INSEECode.parse(code)
            return periods.map { zoning, from, to in
                CommuneRecord(
                    insee: insee, name: name, mountain: mountain,
                    zoning: CommuneRecord.Zoning(zoning: zoning, from: from, to: to))
            }
        }
    }
}
