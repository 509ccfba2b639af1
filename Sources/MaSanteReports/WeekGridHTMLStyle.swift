import MaSante

extension WeekGridHTML {
    /// The fill and the edge of each activity's labels. Text on the labels stays in ink, so any
    /// fill reads at least 4.5:1; absences are also dashed and in italics, for black-and-white prints.
    static let activityColours: [Activity: (fill: String, edge: String)] = [
        .consultation: ("#dce8f7", "#1f4e8c"),
        .soinsNonProgrammes: ("#fde2c4", "#a04e00"),
        .visiteDomicile: ("#d6efdc", "#1d6b35"),
        .visiteEHPAD: ("#eadcf4", "#5b2d86"),
        .secretariat: ("#d2eeee", "#0b6161"),
        .administratif: ("#e7e7e7", "#545454"),
        .formation: ("#f6edbb", "#7a6400"),
        .conge: ("#ffffff", "#6b6b6b"),
        .maladie: ("#f7d9dc", "#a4262c"),
    ]

    /// Text for a CSS string: every character that could end the string or the style element is escaped.
    static func cssString(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if "\\\"'<>&".unicodeScalars.contains(scalar) || scalar.value < 0x20 || scalar.value == 0x7F {
                result += "\\" + String(scalar.value, radix: 16) + " "
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func css(footer: String) -> String {
        let p = ReportPalette.self
        let font =
            #"system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif"#
        let activities = Activity.allCases.map { activity in
            let colour = activityColours[activity] ?? ("#ffffff", p.ink)
            return ".a-\(activity.rawValue) { background: \(colour.fill); border-left-color: \(colour.edge); }"
        }.joined(separator: "\n")
        return """
            @page { size: A4 landscape; margin: 9mm 10mm 11mm 10mm;
              @bottom-left { content: "\(cssString(footer))"; font: 7.5pt \(font); color: \(p.muted); }
              @bottom-right { content: "Page " counter(page) " / " counter(pages); font: 7.5pt \(font); color: \(p.muted); } }
            *, *::before, *::after { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; background: #fff; }
            body { margin: 0 auto; max-width: 277mm; padding: 5mm 0; color: \(p.ink); background: #fff;
              font: 9pt/1.3 \(font); overflow-wrap: break-word; }
            @media screen and (max-width: 285mm) { body { padding: 4mm; } }
            @media print { body { max-width: none; padding: 0; } }
            .nowrap { white-space: nowrap; }
            p { margin: 0; }
            .masthead { display: flex; justify-content: space-between; align-items: flex-start; gap: 6mm;
              border-bottom: 2px solid \(p.hires); padding-bottom: 1.5mm; margin-bottom: 1.5mm; }
            .kicker { font-size: 7.5pt; text-transform: uppercase; letter-spacing: .06em; color: \(p.muted); }
            h1 { font-size: 14pt; line-height: 1.2; margin: .3mm 0; }
            .dates { font-size: 9.5pt; }
            .status { flex: none; text-align: center; }
            .draft-note { color: \(p.goal); font-size: 7.5pt; margin-top: .8mm; }
            .mark { font-size: 15pt; font-weight: 800; letter-spacing: .12em; text-transform: uppercase;
              padding: 1.2mm 4mm; border: 2.5px solid; border-radius: 1.5mm; }
            .mark.draft { color: \(p.goal); border-color: \(p.goal); background: #fdf0f0; }
            .mark.published { color: \(p.onTrack); border-color: \(p.onTrack); font-size: 11pt; }
            .legend { list-style: none; margin: 0 0 1.5mm; padding: 0; display: flex; flex-wrap: wrap; gap: .6mm 2.6mm;
              font-size: 7pt; color: \(p.muted); }
            .legend .s { display: inline-block; margin: 0 .8mm 0 0; }
            table.week { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 7.5pt; }
            table.week col.c-person { width: 38mm; }
            table.week col.c-total { width: 25mm; }
            table.week thead { display: table-header-group; }
            table.week tr { break-inside: avoid; page-break-inside: avoid; }
            table.week th, table.week td { border: 1px solid #c4c4c4; padding: .5mm .7mm; vertical-align: top; text-align: left; }
            table.week thead th { background: #eef2f7; border-bottom: 1.5px solid \(p.ink); font-weight: 700; font-size: 8.5pt; }
            table.week thead th.closed, table.week td.closed { background: #f1f1f1; }
            table.week th .open { display: block; font-weight: 400; font-size: 7pt; color: \(p.muted); font-variant-numeric: tabular-nums; }
            table.week th .range { white-space: nowrap; }
            table.week .day { display: block; }
            table.week tbody th { font-weight: 400; }
            table.week .name { display: block; font-weight: 700; font-size: 8.5pt; line-height: 1.2; }
            table.week .prof { display: block; font-size: 7pt; color: \(p.muted); }
            table.week .flag { display: block; font-size: 7pt; font-weight: 700; }
            .flag.bloquant { color: \(p.goal); }
            .flag.avertissement { color: \(p.projection); }
            table.week td.total { font-size: 8pt; font-variant-numeric: tabular-nums; }
            table.week td.total strong { font-size: 8.5pt; }
            table.week .contract { white-space: nowrap; }
            table.week .elsewhere { display: block; color: \(p.muted); font-size: 7pt; }
            table.week td.empty { text-align: center; color: \(p.muted); padding: 4mm; }
            .s { display: block; margin: 0 0 .35mm; padding: .1mm .7mm .1mm .9mm; border-left: 2.5px solid; border-radius: .6mm;
              line-height: 1.2; font-weight: 600; }
            .s:last-child { margin-bottom: 0; }
            .s .t { font-weight: 400; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .a-conge, .a-maladie { font-style: italic; border: 1px dashed #6b6b6b; border-left-width: 2.5px; }
            \(activities)
            .note { font-size: 7pt; color: \(p.muted); margin-top: 1mm; }
            .findings { margin-top: 2mm; }
            .findings h2 { font-size: 10pt; margin: 0 0 .8mm; break-after: avoid; page-break-after: avoid; }
            .findings ul { list-style: none; margin: 0; padding: 0; }
            .findings li { font-size: 8pt; margin-bottom: .6mm; padding: .4mm 2mm; border-left: 3px solid; break-inside: avoid; }
            .findings li.bloquant { border-color: \(p.goal); background: #fbeced; }
            .findings li.avertissement { border-color: #b26b00; background: #fff4dc; }
            .findings .sev { display: inline-block; font-size: 7pt; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
              color: #fff; padding: 0 1.2mm; border-radius: .6mm; margin-right: 1mm; }
            .findings li.bloquant .sev { background: \(p.goal); }
            .findings li.avertissement .sev { background: \(p.projection); }
            .findings .none { font-size: 9pt; color: \(p.onTrack); font-weight: 600; }
            """
    }
}
