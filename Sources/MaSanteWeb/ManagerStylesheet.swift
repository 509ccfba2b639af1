import MaSante
import MaSanteReports

/// The style sheet of the planning pages, served as `/static/planning.css` (the strict CSP allows
/// no inline style): the week grid in the colours of the printed sheet, the findings beside it,
/// the forms; the grid scrolls sideways on its own on a narrow screen.
enum ManagerStylesheet {
    static let path = "/static/planning.css"

    static let css: String = {
        let colours = Activity.allCases.map { activity in
            let colour = WeekGridParts.colours(activity)
            return ".a-\(activity.rawValue) { background: \(colour.fill); border-left-color: \(colour.edge); }"
        }.joined(separator: "\n")
        return layout + "\n" + colours + "\n"
    }()

    private static let layout = """
        /* masante : pages du planning (responsables de centre). */
        main { max-width: 96rem; }
        .pl-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: flex-start; gap: .5rem 1.5rem; }
        .pl-head h1 { margin-bottom: .25rem; }
        .pl-dates { margin: 0; color: var(--muted); }
        .pl-status { display: inline-block; font-weight: 700; padding: .15rem .6rem; border: 2px solid; border-radius: .3rem; }
        .pl-status.brouillon { color: #9a1b1b; border-color: #9a1b1b; background: #fdf0f0; }
        .pl-status.publiee { color: #1d6b35; border-color: #1d6b35; background: #eef8f0; }
        .pl-nav { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; list-style: none; margin: .75rem 0 0; padding: 0; }
        .pl-nav a { display: inline-block; padding: .3rem 0; font-weight: 600; }
        .pl-notice { background: #eef8f0; border: 1px solid #1d6b35; border-left-width: 5px; border-radius: .3rem; padding: .6rem 1rem; margin: 0 0 1rem; }
        .pl-refusal { background: #fbeced; border: 1px solid var(--error); border-left-width: 5px; border-radius: .3rem; padding: .6rem 1rem; margin: 0 0 1rem; }
        .pl-refusal p { margin: 0; color: var(--error); font-weight: 600; }
        .pl-main { display: grid; grid-template-columns: minmax(0, 1fr) 17rem; gap: 1.25rem; align-items: start; }
        @media (max-width: 75rem) { .pl-main { grid-template-columns: minmax(0, 1fr); } }
        .pl-grid { overflow-x: auto; background: #fff; border: 1px solid var(--line); border-radius: .5rem; }
        table.pl-week { border-collapse: collapse; width: 100%; min-width: 50rem; table-layout: fixed; font-size: .8rem; }
        table.pl-week caption { text-align: left; padding: .5rem .75rem; color: var(--muted); }
        table.pl-week col.c-person { width: 9rem; }
        table.pl-week col.c-total { width: 6rem; }
        table.pl-week th, table.pl-week td { border: 1px solid #c4c4c4; padding: .3rem .35rem; vertical-align: top; text-align: left; }
        table.pl-week thead th { background: #eef2f7; border-bottom: 2px solid var(--ink); }
        table.pl-week .closed { background: #f1f1f1; }
        table.pl-week .open { display: block; font-weight: 400; font-size: .75rem; color: var(--muted); }
        table.pl-week tbody th { font-weight: 400; }
        table.pl-week .name { display: block; font-weight: 700; }
        table.pl-week .prof { display: block; font-size: .75rem; color: var(--muted); }
        table.pl-week .flag { display: block; font-size: .75rem; font-weight: 700; }
        .flag.bloquant { color: #9a1b1b; }
        .flag.avertissement { color: #7a4a00; }
        table.pl-week .details { display: block; font-size: .75rem; color: var(--muted); }
        table.pl-week td.empty { text-align: center; color: var(--muted); padding: 1.5rem; }
        .s { display: block; margin: 0 0 .25rem; padding: .1rem .3rem .1rem .4rem; border-left: 4px solid; border-radius: .2rem;
          color: var(--ink); text-decoration: none; font-weight: 600; line-height: 1.25; }
        a.s:hover { text-decoration: underline; }
        .s .t { display: block; font-weight: 400; font-variant-numeric: tabular-nums; }
        .a-conge, .a-maladie { font-style: italic; border: 1px dashed #6b6b6b; border-left-width: 4px; }
        .pl-legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0 0 .75rem; padding: 0; font-size: .8rem; color: var(--muted); }
        .pl-legend .s { display: inline-block; margin: 0 .3rem 0 0; }
        .pl-note { font-size: .8rem; color: var(--muted); margin: .5rem .75rem; }
        .pl-findings { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; }
        .pl-findings h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
        .pl-findings ul { list-style: none; margin: 0; padding: 0; }
        .pl-findings li { font-size: .9rem; margin-bottom: .5rem; padding: .35rem .6rem; border-left: 4px solid; }
        .pl-findings li.bloquant { border-color: #9a1b1b; background: #fbeced; }
        .pl-findings li.avertissement { border-color: #b26b00; background: #fff4dc; }
        .pl-findings .sev { display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase; color: #fff; padding: 0 .35rem; border-radius: .2rem; margin-right: .3rem; }
        .pl-findings li.bloquant .sev { background: #9a1b1b; }
        .pl-findings li.avertissement .sev { background: #7a4a00; }
        .pl-findings .none { color: #1d6b35; font-weight: 600; margin: 0; }
        .pl-forms { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1.25rem; margin-top: 1.25rem; }
        .pl-forms .ms-card { margin: 0; }
        .pl-forms h2, .ms-card h2 { font-size: 1.15rem; margin: 0 0 .75rem; }
        .pl-forms form + form { border-top: 1px solid var(--line); margin-top: 1.25rem; padding-top: 1rem; }
        .pl-fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0 1rem; }
        .pl-fields .wide { grid-column: 1 / -1; }
        .ms-field { display: flex; flex-direction: column; gap: .25rem; margin: 0 0 .9rem; }
        .ms-field .hint { font-size: .85rem; color: var(--muted); }
        button.secondary { background: #fff; color: var(--brand); border: 2px solid var(--brand); }
        button.secondary:hover { background: #f7eef1; }
        .pl-actions { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; margin: 0; }
        .pl-list { margin: 0; padding-left: 1.25rem; }
        .pl-list li { margin-bottom: .4rem; }
        .pl-history li { margin-bottom: .9rem; }
        .pl-history .what { font-weight: 700; }
        .pl-history dl { margin: .25rem 0 0; display: grid; grid-template-columns: auto 1fr; gap: .1rem .75rem; }
        .pl-history dt { color: var(--muted); }
        .pl-history dd { margin: 0; }
        .pl-check { display: flex; align-items: center; gap: .5rem; margin: 0 0 .9rem; }
        .pl-check input { width: 1.25rem; height: 1.25rem; min-height: 0; margin: 0; }
        .pl-wide { grid-column: 1 / -1; }
        .pl-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        """
}
