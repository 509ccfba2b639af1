import Foundation
public import MaSante

/// The Region's progress report as one printable HTML page (A4 portrait), in French.
///
/// The document is self-contained: inline CSS and inline SVG only, no script, no font, image
/// or style sheet to fetch, and a Content-Security-Policy that forbids any request, so it can
/// be mailed, archived and printed as is. Every text coming from the registry is escaped.
///
/// ```swift
/// let html = ProgressReportHTML(report: report).render()
/// try Data(html.utf8).write(to: URL(fileURLWithPath: "rapport.html"))
/// ```
public struct ProgressReportHTML {
    let report: ProgressReport

    /// The page of `report`.
    public init(report: ProgressReport) { self.report = report }

    /// The whole HTML document.
    public func render() -> String {
        HTMLText.head(title: title, css: stylesheet) + "<body>\n" + body + "</body>\n</html>\n"
    }

    /// The document's title.
    public var title: String { "Ma santé, Ma Région — Rapport d'avancement au \(FrenchDate.long(report.asOf))" }

    /// The document's style sheet (screen and A4 print), for a page that links it as a file
    /// instead of holding it inline (the web application's Content-Security-Policy).
    public var stylesheet: String { Self.stylesheet(asOf: report.asOf) }

    /// The style sheet of the report as of `date` (its print footer names the date).
    public static func stylesheet(asOf date: CalendarDate) -> String {
        css(footer: "Source : registre masante du GIP « Ma santé, Ma Région » — rapport d'avancement au \(date.french)")
    }

    /// The content of the document's `<body>`, without the element itself.
    public var body: String {
        let r = report
        let charts = ProgressCharts(report: r)
        var html = """
            <header class="masthead">
            <p class="kicker">Région Occitanie · Service public régional de santé</p>
            <h1>Ma santé, Ma Région — <span class="nowrap">Rapport d&#39;avancement au \(FrenchDate.long(r.asOf))</span></h1>
            <p class="lead">Objectif : <strong>\(FrenchFormat.number(r.goal)) professionnels de santé recrutés</strong> (médecins, infirmiers, sages-femmes) au \(Self.date(r.deadline)).</p>
            </header>

            """
        html += keyFigures()
        html += projectionSection()
        html += """
            <figure class="chart wide">
            \(charts.cumulativeHires())
            <figcaption>Recrutements cumulés par mois d'embauche, objectif et projection au rythme des 12 derniers mois.</figcaption>
            </figure>
            <div class="pair">
            <figure class="chart">
            <h2>Recrutements par profession</h2>
            \(charts.hiresByProfession())
            </figure>
            <figure class="chart">
            <h2>Centres ouverts par an</h2>
            \(charts.openingsByYear())
            <figcaption>\(openingsCaption())</figcaption>
            </figure>
            </div>

            """
        html += departementTable()
        html += territorySection()
        html += activityTable()
        html += centreTable()
        html += methodSection()
        return Self.frenchSpacing(html)
    }

    // MARK: - Sections

    private func keyFigures() -> String {
        let r = report
        let share = FrenchFormat.percent(r.completion)
        let barWidth = min(max(r.completion, 0), 1) * 100
        let outside = r.hiredOutsideGoal.values.reduce(0, +)
        let a = r.activity
        let departements = Set(r.byCentre.filter { $0.openedOn != nil }.map(\.departement)).count
        let departementsLine =
            departements > 0 ? "dans \(departements) département\(departements > 1 ? "s" : "") · " : ""
        var outsideLine = ""
        if outside > 0 {
            outsideLine =
                "<p class=\"sub\">+ \(FrenchFormat.number(outside)) \(outside > 1 ? "secrétaires médicales" : "secrétaire médicale") recruté\(outside > 1 ? "es" : "e") (hors objectif)</p>"
        }
        return """
            <section class="kpis" aria-label="Chiffres clés">
            <div class="kpi main">
            <p class="label">Recrutés vers l'objectif</p>
            <p class="value"><span class="big">\(FrenchFormat.number(r.hired))</span> / \(FrenchFormat.number(r.goal)) <span class="share">\(share)</span></p>
            <svg class="progress" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true"><rect width="100" height="4" fill="\(ReportPalette.hiresArea)"/><rect width="\(SVG.n(barWidth))" height="4" fill="\(ReportPalette.hires)"/></svg>
            \(outsideLine)\(r.rehired > 0 ? "\n<p class=\"sub\">dont \(FrenchFormat.number(r.rehired)) réembauché\(r.rehired > 1 ? "·es" : "·e"), compté\(r.rehired > 1 ? "·es" : "·e") une fois</p>" : "")
            </div>
            <div class="kpi">
            <p class="label">En poste</p>
            <p class="value"><span class="big">\(FrenchFormat.number(r.inPost))</span></p>
            <p class="sub">soit \(Self.fte(r.fte)) ETP</p>
            <p class="sub">présents : \(FrenchFormat.number(r.present)), soit \(Self.fte(r.presentFTE)) ETP (hors absences longues)</p>
            <p class="sub">\(Self.welcomeSentence(r.welcome))</p>
            </div>
            <div class="kpi row2">
            <p class="label">Centres ouverts</p>
            <p class="value"><span class="big">\(FrenchFormat.number(r.centresOpen))</span></p>
            <p class="sub">\(departementsLine)objectif ≈ \(r.openingsTargetPerYear) ouvertures par an</p>
            </div>
            <div class="kpi row2">
            <p class="label">Consultations</p>
            <p class="value"><span class="big">\(FrenchFormat.number(a.consultations))</span></p>
            <p class="sub">dont \(FrenchFormat.number(a.unscheduledConsultations)) non programmées</p>
            </div>
            <div class="kpi row2">
            <p class="label">Nouveaux patients avec médecin traitant</p>
            <p class="value"><span class="big">\(FrenchFormat.number(a.newReferringPatients))</span></p>
            <p class="sub">depuis l&#39;ouverture des centres</p>
            </div>
            </section>

            """
    }

    /// Zoning, mountains, yearly sub-targets and pipeline, when the registry holds them.
    private func territorySection() -> String {
        let sentences = ReportTerritoryLines(report: report).sentences
        guard !sentences.isEmpty else { return "" }
        return """
            <section class="territories">
            <h2>Territoires, objectifs de l&#39;année et centres en projet</h2>
            <ul>
            \(sentences.map { "<li>\(HTMLText.escape($0))</li>" }.joined(separator: "\n"))
            </ul>
            </section>

            """
    }

    private func projectionSection() -> String {
        let (verdict, kind) = Self.verdict(report)
        let dates =
            [FrenchDate.long(report.deadline), FrenchDate.long(report.asOf)]
            + (report.projection.goalDate.map { [FrenchDate.monthYear($0)] } ?? [])
        return """
            <section class="projection">
            <h2>Projection</h2>
            <p>\(Self.keepTogether(HTMLText.escape(Self.projectionSentence(report)), dates))</p>
            <p class="verdict \(kind)">\(HTMLText.escape(verdict))</p>
            </section>

            """
    }

    /// « Au rythme des 12 derniers mois (4,2 recrutements par mois), l'objectif serait atteint vers
    /// mars 2028 ; pour l'atteindre au 31 mars 2028 il faut 3,9 recrutements par mois. »
    static func projectionSentence(_ r: ProgressReport) -> String {
        let p = r.projection
        if r.hired >= r.goal {
            return
                "L'objectif de \(FrenchFormat.number(r.goal)) recrutements est atteint : \(FrenchFormat.number(r.hired)) professionnels de santé recrutés au \(FrenchDate.long(r.asOf))."
        }
        var sentence: String
        if let date = p.goalDate, p.monthlyPace > 0 {
            sentence =
                "Au rythme des 12 derniers mois (\(FrenchFormat.hires(p.monthlyPace)) par mois), l'objectif serait atteint vers \(FrenchDate.monthYear(date))"
        } else {
            sentence = "Aucun recrutement au cours des 12 derniers mois : à ce rythme, l'objectif ne serait pas atteint"
        }
        if let required = p.requiredPace {
            sentence +=
                "\u{202F}; pour l'atteindre au \(FrenchDate.long(r.deadline)) il faut \(FrenchFormat.hires(required)) par mois."
        } else {
            sentence +=
                "\u{202F}; l'échéance du \(FrenchDate.long(r.deadline)) est passée sans que l'objectif soit atteint."
        }
        return sentence
    }

    /// A one-line verdict and its CSS class: is the current pace enough for the deadline?
    static func verdict(_ r: ProgressReport) -> (String, String) {
        let p = r.projection
        if r.hired >= r.goal { return ("Objectif atteint.", "ok") }
        guard let required = p.requiredPace else { return ("Échéance dépassée, objectif non atteint.", "late") }
        let shown = (p.monthlyPace * 10).rounded() / 10, needed = (required * 10).rounded() / 10
        if p.monthlyPace >= required {
            return (
                "Rythme suffisant pour tenir l'échéance (\(FrenchFormat.hires(shown)) par mois pour \(FrenchFormat.decimal(needed, digits: 1)) nécessaires).",
                "ok"
            )
        }
        let gap = max(needed - shown, 0.1)
        return ("Rythme insuffisant : il manque \(FrenchFormat.hires(gap)) par mois pour tenir l'échéance.", "late")
    }

    private func openingsCaption() -> String {
        let r = report
        let partial = r.openingsByYear[String(r.asOf.year)] != nil && !(r.asOf.month == 12 && r.asOf.day == 31)
        var caption = HTMLText.escape("Centres ouverts dans l'année, objectif ≈ \(r.openingsTargetPerYear) par an.")
        if partial { caption += "<br>* Année en cours : ouvertures jusqu&#39;au \(Self.date(r.asOf))." }
        return caption
    }

    private func departementTable() -> String {
        let r = report
        var codes = Set(Departement.occitanie.keys)
        codes.formUnion(r.hiredByDepartement.keys)
        codes.formUnion(r.byCentre.map(\.departement))
        let centres = Dictionary(grouping: r.byCentre.filter { $0.openedOn != nil }, by: \.departement).mapValues(
            \.count)
        let ordered = codes.sorted { lhs, rhs in
            let l = Departement(lhs), r = Departement(rhs)
            switch (l, r) {
            case let (l?, r?): return l < r
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return lhs < rhs
            }
        }
        var rows = ""
        for code in ordered {
            let hired = r.hiredByDepartement[code] ?? 0
            let name: String
            if let departement = Departement(code) {
                name = departement.name.map { "\(departement.code) \($0)" } ?? "\(departement.code) (hors Occitanie)"
            } else {
                name = code == "inconnu" ? "Sans centre d'affectation" : code
            }
            let share = r.hired > 0 ? Self.percent(Double(hired) / Double(r.hired)) : "—"
            rows +=
                "<tr\(hired == 0 ? " class=\"zero\"" : "")><th scope=\"row\">\(HTMLText.escape(name))</th><td>\(FrenchFormat.number(centres[code] ?? 0))</td><td>\(FrenchFormat.number(hired))</td><td>\(share)</td></tr>\n"
        }
        let totalCentres = centres.values.reduce(0, +)
        let totalHired = r.hiredByDepartement.values.reduce(0, +)
        return """
            <section class="block">
            <h2>Recrutements par département</h2>
            <table class="figures dep">
            <thead><tr><th scope="col">Département</th><th scope="col">Centres ouverts</th><th scope="col">Recrutés</th><th scope="col">Part des recrutés</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            <tfoot><tr><th scope="row">Total</th><td>\(FrenchFormat.number(totalCentres))</td><td>\(FrenchFormat.number(totalHired))</td><td>\(r.hired > 0 ? Self.percent(Double(totalHired) / Double(r.hired)) : "—")</td></tr></tfoot>
            </table>
            <p class="note">Chaque professionnel est compté dans le département de son premier centre d'affectation.</p>
            </section>

            """
    }

    private func activityTable() -> String {
        let r = report, a = r.activity
        let rows: [(String, Int, Bool)] = [
            ("Consultations programmées", a.scheduledConsultations, false),
            ("Consultations non programmées (soins non programmés)", a.unscheduledConsultations, false),
            ("Total des consultations", a.consultations, true),
            ("Visites à domicile", a.homeVisits, false),
            ("Visites en EHPAD", a.ehpadVisits, false),
            ("Nouveaux patients ayant déclaré un médecin traitant", a.newReferringPatients, true),
        ]
        let body = rows.map { label, value, strong in
            "<tr\(strong ? " class=\"strong\"" : "")><th scope=\"row\">\(HTMLText.escape(label))</th><td>\(FrenchFormat.number(value))</td></tr>"
        }.joined(separator: "\n")
        return """
            <section class="block">
            <h2>Activité des centres</h2>
            <table class="figures activity">
            <caption>Tous centres, depuis l'ouverture, mois complets jusqu'au \(Self.date(r.asOf))</caption>
            <thead><tr><th scope="col">Indicateur</th><th scope="col">Total</th></tr></thead>
            <tbody>
            \(body)
            </tbody>
            </table>
            \(provisionalNotice())</section>

            """
    }

    /// The months some open centres have not declared, each with those centres; empty when none.
    private func provisionalNotice() -> String {
        let months = report.provisionalActivity
        guard !months.isEmpty else { return "" }
        let items = months.map { month in
            let count = month.missingCentres.count
            let names = month.missingCentres.map(HTMLText.escape).joined(separator: ", ")
            return
                "<li><strong>\(HTMLText.escape(ProgressReportText.monthTitle(month.month)))</strong> — provisoire, \(count)\u{00A0}centre\(count > 1 ? "s" : "") sans déclaration : \(names)</li>"
        }.joined(separator: "\n")
        return """
            <div class="provisoire" role="note">
            <p><strong>Activité provisoire</strong> : des centres ouverts n'ont pas encore déclaré ces mois ; leur activité manque aux totaux ci-dessus (elle n'est pas comptée comme nulle).</p>
            <ul>
            \(items)
            </ul>
            </div>

            """
    }

    private func centreTable() -> String {
        let r = report
        var rows = ""
        for centre in r.byCentre {
            let departement =
                Departement(centre.departement).map { d in d.name.map { "\(d.code) \($0)" } ?? d.code }
                ?? centre.departement
            let opened = centre.openedOn.map(\.french) ?? "non ouvert"
            rows +=
                "<tr><th scope=\"row\">\(HTMLText.escape(centre.name))</th><td class=\"text\">\(HTMLText.escape(departement))</td><td class=\"date\">\(opened)</td><td>\(FrenchFormat.number(centre.hired))</td><td>\(Self.staffCell(centre.inPost.map(FrenchFormat.number)))</td><td>\(Self.staffCell(centre.fte.map(Self.fte)))</td></tr>\n"
        }
        if r.byCentre.isEmpty {
            rows = "<tr><td class=\"text\" colspan=\"6\">Aucun centre ouvert à cette date.</td></tr>\n"
        }
        let hired = r.byCentre.map(\.hired).reduce(0, +)
        let inPost = r.byCentre.compactMap(\.inPost).reduce(0, +)
        let fte = r.byCentre.compactMap(\.fte).reduce(0, +)
        let withheld = r.byCentre.filter(\.isWithheld).count
        let withheldNote =
            withheld == 0
            ? ""
            : """
            <p class="note">« &lt;\u{202F}\(CentreFigures.minimumCell) » : \(FrenchFormat.number(withheld)) centre\(withheld > 1 ? "s comptent" : " compte") moins de \(CentreFigures.minimumCell) personnes en poste ; leur effectif et leur ETP ne sont pas publiés (secret statistique) et manquent aux totaux de ces deux colonnes.</p>
            """
        return """
            <section class="block centres">
            <h2>Par centre</h2>
            <table class="figures centre">
            <colgroup><col class="c-name"><col class="c-dep"><col class="c-date"><col class="c-num"><col class="c-num"><col class="c-num"></colgroup>
            <thead><tr><th scope="col">Centre</th><th scope="col" class="text">Département</th><th scope="col" class="date">Ouverture</th><th scope="col">Recrutés</th><th scope="col">En poste</th><th scope="col">ETP</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            <tfoot><tr><th scope="row">Total (\(FrenchFormat.number(r.byCentre.count)) centres)</th><td></td><td></td><td>\(FrenchFormat.number(hired))</td><td>\(FrenchFormat.number(inPost))</td><td>\(Self.fte(fte))</td></tr></tfoot>
            </table>
            <p class="note">Un recruté est compté dans son premier centre d'affectation. Une personne qui exerce dans plusieurs centres est comptée « en poste » dans chacun, son ETP étant réparti entre eux : la somme des « en poste » peut dépasser le total du réseau (\(FrenchFormat.number(r.inPost))), pas celle des ETP (\(Self.fte(r.fte))).</p>
            \(withheldNote)
            </section>

            """
    }

    private func methodSection() -> String {
        let r = report
        return """
            <section class="block method">
            <h2>Méthode</h2>
            <ul>
            <li><strong>Recrutés</strong> : professionnels de santé (médecins généralistes et spécialistes, infirmiers, sages-femmes) dont l'étape « embauche » est datée du \(FrenchDate.long(r.asOf)) au plus tard. Un départ ne diminue jamais ce nombre. Les secrétaires médicales sont employées par le GIP mais ne comptent pas dans l'objectif de \(FrenchFormat.number(r.goal)).</li>
            <li><strong>En poste</strong> : professionnels de santé dont un contrat couvre le \(FrenchDate.long(r.asOf)) ; <strong>ETP</strong> = heures hebdomadaires du contrat / 35, arrondi à une décimale (les totaux sont calculés avant arrondi).</li>
            <li><strong>Présents</strong> : les mêmes, hors absences longues ce jour-là (congé de maternité, de paternité ou parental, maladie de longue durée, congé sans solde, détachement) : toujours en poste, pas au travail. <strong>Accueil</strong> : les recrues des 12 derniers mois selon leur liste d'accueil ce jour-là.</li>
            <li><strong>Centres ouverts</strong> : centres dont la date d'ouverture est atteinte et qui ne sont pas fermés à cette date.</li>
            <li><strong>Activité</strong> : agrégats mensuels déclarés par les centres, pour les mois complets jusqu'au \(FrenchDate.long(r.asOf)) ; aucune donnée individuelle de patient.</li>
            <li><strong>Projection</strong> : recrutements des 12 mois précédant la date du rapport, divisés par 12, prolongés à rythme constant ; le rythme nécessaire répartit les recrutements restants (\(FrenchFormat.number(max(0, r.goal - r.hired)))) sur les mois qui restent jusqu'à l'échéance.</li>
            </ul>
            </section>

            """
    }

    /// The welcome of the recent recruits, in a sentence of the « Recrutés » figure.
    static func welcomeSentence(_ w: WelcomeFigures) -> String {
        let count = { (value: Int?) in value.map(FrenchFormat.number) ?? "&lt; \(CentreFigures.minimumCell)" }
        return
            "accueil des \(FrenchFormat.number(w.recruits)) recrues de 12 mois : \(count(w.finished)) terminé(s), \(count(w.inProgress)) en cours, \(count(w.late)) en retard, \(count(w.withoutChecklist)) sans liste"
    }

    // MARK: - Formatting

    /// A long date that never breaks across lines: `<span class="nowrap">31 octobre 2026</span>`.
    static func date(_ date: CalendarDate) -> String {
        "<span class=\"nowrap\">\(FrenchDate.long(date))</span>"
    }

    /// Wraps each occurrence of the phrases (dates) in already escaped text so it stays on one line.
    static func keepTogether(_ html: String, _ phrases: [String]) -> String {
        var result = html
        for phrase in Set(phrases) where !phrase.isEmpty {
            let escaped = HTMLText.escape(phrase)
            result = result.replacingOccurrences(of: escaped, with: "<span class=\"nowrap\">\(escaped)</span>")
        }
        return result
    }

    /// French spacing in the body: a no-break space before `:` and inside `« »`, a narrow one
    /// before `;`, none breakable after `≈`, so that no line starts with a sign. One pass over
    /// the scalars: the body holds the charts' SVG, and a pass per sign through Foundation's
    /// `replacingOccurrences` took most of the report page's time in the web application.
    static func frenchSpacing(_ html: String) -> String {
        let noBreak: Unicode.Scalar = "\u{00A0}", narrow: Unicode.Scalar = "\u{202F}"
        var result = String.UnicodeScalarView()
        result.reserveCapacity(html.utf8.count)
        let scalars = Array(html.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            guard scalar == " " else {
                result.append(scalar)
                continue
            }
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            let previous = index > 0 ? scalars[index - 1] : nil
            switch (previous, next) {
            case (_, ";"): result.append(narrow)
            case (_, ":"), (_, "»"), ("«", _), ("≈", _): result.append(noBreak)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// A centre's staff or FTE, or the mark of a withheld cell.
    static func staffCell(_ text: String?) -> String {
        text ?? "<abbr title=\"secret statistique\">&lt;\u{202F}\(CentreFigures.minimumCell)</abbr>"
    }

    /// An FTE with exactly one decimal: `4,0`, `112,4`.
    static func fte(_ value: Double) -> String { FrenchFormat.fixed(value, digits: 1) }

    /// A share with exactly one decimal, for columns: `6,0 %`, `15,0 %`.
    static func percent(_ share: Double) -> String {
        let text = FrenchFormat.decimal((share * 1000).rounded() / 10, digits: 1)
        return (text.contains(",") ? text : text + ",0") + "\u{00A0}%"
    }

    // MARK: - Style

    static func css(footer: String) -> String {
        let p = ReportPalette.self
        let footerText = footer.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
            of: "\"", with: "\\\"")
        return """
            @page { size: A4 portrait; margin: 13mm 14mm 15mm 14mm;
              @bottom-left { content: "\(footerText)"; font: 8pt system-ui, "Liberation Sans", Arial, sans-serif; color: \(p.muted); }
              @bottom-right { content: "Page " counter(page) " / " counter(pages); font: 8pt system-ui, "Liberation Sans", Arial, sans-serif; color: \(p.muted); } }
            *, *::before, *::after { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; background: #fff; }
            body { margin: 0 auto; max-width: 182mm; padding: 6mm 0; color: \(p.ink); background: #fff;
              font: 10pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
              overflow-wrap: break-word; }
            @media screen and (max-width: 190mm) { body { padding: 4mm; } }
            @media print { body { max-width: none; padding: 0; } }
            .nowrap { white-space: nowrap; }
            h1 { font-size: 17pt; line-height: 1.2; margin: 0 0 2mm; }
            h2 { font-size: 11.5pt; margin: 0 0 2mm; break-after: avoid; page-break-after: avoid; }
            p { margin: 0; }
            .kicker { font-size: 8.5pt; text-transform: uppercase; letter-spacing: .06em; color: \(p.muted); margin-bottom: 1mm; }
            .lead { font-size: 10.5pt; }
            .masthead { border-bottom: 2px solid \(p.hires); padding-bottom: 3mm; margin-bottom: 4mm; }
            .kpis { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 3mm; margin-bottom: 4mm; break-inside: avoid; }
            .kpi { border: 1px solid #c9c9c9; border-radius: 2mm; padding: 2.5mm 3mm; }
            .kpi.main { grid-column: span 2; border-color: \(p.hires); }
            .kpi .label { font-size: 8.5pt; font-weight: 600; color: \(p.muted); text-transform: uppercase; letter-spacing: .03em; }
            .kpi .value { font-size: 12pt; font-variant-numeric: tabular-nums; margin: .5mm 0; }
            .kpi .big { font-size: 22pt; font-weight: 700; line-height: 1.1; }
            .kpi.main .big { color: \(p.hires); }
            .kpi .share { font-size: 14pt; font-weight: 700; color: \(p.hires); margin-left: 2mm; }
            .kpi.row2 .label { min-height: 2.5em; }
            .kpi .sub { font-size: 8.5pt; color: \(p.muted); }
            .progress { display: block; width: 100%; height: 3mm; margin: 1.5mm 0; }
            .projection { border-left: 3px solid \(p.projection); padding: 1mm 0 1mm 3mm; margin-bottom: 4mm; break-inside: avoid; }
            .projection h2 { margin-bottom: 1mm; }
            .verdict { margin-top: 1mm; font-weight: 700; }
            .verdict.ok { color: \(p.onTrack); }
            .verdict.late { color: \(p.goal); }
            figure { margin: 0 0 4mm; break-inside: avoid; page-break-inside: avoid; }
            figure svg { display: block; width: 100%; height: auto; max-width: 100%; }
            figcaption, .note, caption { font-size: 8.5pt; color: \(p.muted); }
            .provisoire { margin-top: 2mm; padding: 1.5mm 3mm; border-left: 1.2mm solid \(p.projection); background: #fff4e5; font-size: 9pt; break-inside: avoid; }
            .provisoire p { margin: 0 0 1mm; }
            .provisoire ul { margin: 0; padding-left: 5mm; }
            figcaption { margin-top: 1mm; }
            .pair { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 6mm; break-inside: avoid; }
            .pair figure { margin-bottom: 4mm; }
            .block { margin-bottom: 5mm; }
            table { border-collapse: collapse; width: 100%; max-width: 100%; break-inside: avoid; page-break-inside: avoid; font-size: 9.5pt; }
            caption { text-align: left; caption-side: top; padding-bottom: 1mm; }
            th, td { padding: 1mm 2mm; border-bottom: 1px solid #d0d0d0; vertical-align: top; }
            thead th { text-align: right; font-size: 8.5pt; color: \(p.muted); border-bottom: 1.5px solid \(p.ink); font-weight: 600; }
            thead th:first-child, thead th.text, thead th.date { text-align: left; }
            tbody th, tfoot th { text-align: left; font-weight: 400; }
            td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.text { text-align: left; white-space: normal; }
            td.date { text-align: left; }
            tfoot th, tfoot td { font-weight: 700; border-top: 1.5px solid \(p.ink); border-bottom: 0; }
            tr.zero td, tr.zero th { color: \(p.muted); }
            tr.strong th, tr.strong td { font-weight: 700; }
            table.dep { font-size: 9pt; }
            table.dep th, table.dep td { padding-top: .6mm; padding-bottom: .6mm; }
            table.centre { break-inside: auto; page-break-inside: auto; }
            table.centre thead { display: table-header-group; }
            table.centre tfoot { display: table-row-group; }
            table.centre tr { break-inside: avoid; page-break-inside: avoid; }
            table.centre { font-size: 9pt; table-layout: fixed; }
            table.centre col.c-name { width: 31%; }
            table.centre col.c-dep { width: 24%; }
            table.centre col.c-date { width: 12%; }
            table.centre col.c-num { width: 11%; }
            table.centre thead th { overflow-wrap: normal; }
            table.centre tbody th { overflow-wrap: anywhere; }
            table.centre th, table.centre td { padding-top: .35mm; padding-bottom: .35mm; }
            .method { font-size: 8.5pt; break-inside: avoid; }
            .method ul { margin: 0; padding-left: 4mm; }
            .method li { margin-bottom: .6mm; break-inside: avoid; }
            """
    }
}
