/// The report's stylesheet: print first (A4 and Letter alike), readable on screen too.
///
/// Everything is black, white and greys, so it prints the same on any printer; where a shade helps (the
/// bars, the blocker box) the meaning is also in words or a glyph.
enum HTMLReportStyle {
    /// The `@page` rules: margins that fit both A4 and Letter, a running header and page numbers.
    /// The organization goes into a CSS string, so it passes through `CSSEscaping`.
    static func pageRules(runningTitle: ComposedLine, sender: String? = nil, paper: Paper?) -> String {
        let size = paper.map { "size: \($0.cssSize); " } ?? ""
        // The sender's name on every page but the first, whose masthead carries it with the logo.
        let senderRule =
            sender.map {
                "\n  @top-right { content: \"\(CSSEscaping.string($0))\"; font: 7.5pt \"DejaVu Sans\", Arial, Helvetica, sans-serif; color: #444; }"
            } ?? ""
        return """
            @page { \(size)margin: 12mm 12mm 13mm 12mm;
              @top-left { content: "\(CSSEscaping.string(runningTitle))"; font: 7.5pt "DejaVu Sans", Arial, Helvetica, sans-serif; color: #444; }\(senderRule)
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt "DejaVu Sans", Arial, Helvetica, sans-serif; color: #444; }
            }
            @page :first { @top-left { content: none; } @top-right { content: none; } }

            """
    }

    static let sheet = """
        :root { color: #000; background: #fff; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 9.5pt/1.4 "DejaVu Sans", "Segoe UI", Arial, Helvetica, sans-serif;
          -webkit-print-color-adjust: exact; print-color-adjust: exact;
          overflow-wrap: anywhere; }
        main { max-width: 188mm; margin: 0 auto; }
        @media screen { main { padding: 12mm 10mm; } }
        h1, h2, h3 { line-height: 1.2; break-after: avoid; }
        h1 { font-size: 20pt; margin: 0.5mm 0 1.5mm; }
        h2 { font-size: 12pt; margin: 3.5mm 0 1.5mm; padding-bottom: 1mm; border-bottom: 1.5pt solid #000; }
        h3 { font-size: 10.5pt; margin: 4mm 0 1mm; }
        p { margin: 0 0 2mm; }
        ol, ul { margin: 0 0 2mm; padding-left: 6mm; }
        li { margin-bottom: 1mm; break-inside: avoid; }
        bdi { unicode-bidi: isolate; }
        .kicker { font-size: 9pt; letter-spacing: 0.08em; text-transform: uppercase; }
        .facts { margin: 0 0 2mm; }
        .sender { display: flex; align-items: center; gap: 3mm; margin: 0 0 2mm; font-size: 8.5pt; }
        .sender .logo { max-height: 12mm; max-width: 45mm; }
        .sender-name { font-weight: bold; }
        .prepared-by { color: #444; margin-right: 1mm; }
        .fact { margin-right: 6mm; display: inline-block; max-width: 100%; }
        .fact .key { color: #444; margin-right: 1mm; }
        .notices { border: 1pt solid #000; padding: 0.8mm 3mm; margin: 1mm 0 2mm; font-weight: bold; font-size: 9pt; }
        .notices p { margin: 0; }
        .verdict { display: flex; gap: 5mm; margin: 2mm 0 2.5mm; break-inside: avoid; }
        .verdict > div { flex: 1 1 0; border: 1.5pt solid #000; padding: 2mm 3.5mm 1mm; }
        .verdict p { font-size: 8.5pt; margin-bottom: 1mm; }
        .label { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.06em; color: #333; }
        .rating { font-size: 17pt; font-weight: bold; margin: 0.5mm 0 1.5mm; }
        .rating.provisional { font-size: 14pt; }
        .settle { border: 1.5pt solid #000; padding: 1.5mm 3.5mm 0.5mm; margin: 2.5mm 0; break-inside: avoid; }
        .settle h2 { font-size: 11pt; border: none; margin: 0 0 1.5mm; padding: 0; }
        .settle li { font-size: 9pt; }
        .glyph { letter-spacing: 0.05em; margin-right: 2mm; }
        .need { font-size: 17pt; margin: 0.5mm 0 1mm; }
        .need-range { font-size: 9pt; margin-left: 2mm; white-space: nowrap; }
        .need strong { font-size: 22pt; }
        .small { font-size: 8.5pt; }
        .verdict p.scale-key { font-size: 7.5pt; color: #333; margin-top: 1.5mm; }
        .need-scale { width: 100%; height: auto; display: block; margin: 1mm 0 1.5mm; }
        .keeps { border-left: 3pt solid #000; padding: 0.5mm 0 0.5mm 3mm; margin: 2mm 0; break-inside: avoid; font-size: 9pt; }
        .keeps p { margin: 0.5mm 0; }
        .chart { width: 100%; height: auto; display: block; }
        h2 .subtitle { font-size: 7.5pt; font-weight: normal; color: #333; margin-left: 3mm; }
        .actions { display: flex; gap: 5mm; margin: 2mm 0; break-inside: avoid; }
        .actions > section { flex: 1 1 0; }
        .blockers { flex-grow: 1.5 !important; border: 1.5pt solid #000; background: #eee; padding: 1.5mm 3.5mm 0.5mm; font-size: 9pt; }
        .steps { border: 1.5pt solid #000; padding: 1.5mm 3.5mm 0.5mm; }
        .steps h2, .blockers h2 { font-size: 11pt; border: none; margin: 0 0 1.5mm; padding: 0; }
        .blockers li { list-style: none; margin-left: -6mm; margin-bottom: 0.8mm; }
        .blocker { break-inside: avoid; }
        .blockers .mark { font-weight: bold; margin-right: 1.5mm; }
        .because { font-size: 8.5pt; color: #333; }
        .blockers .because { font-size: 8pt; }
        .steps li { font-size: 9pt; margin-bottom: 0.6mm; }
        table.grid { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; }
        table.grid th, table.grid td { border: 0.75pt solid #777; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
        table.grid thead th { background: #e6e6e6; border-bottom: 1.5pt solid #000; }
        table.grid thead { display: table-header-group; }
        table.grid tr { break-inside: avoid; }
        table.grid .num { text-align: right; white-space: nowrap; }
        table.split { table-layout: fixed; font-size: 8pt; }
        table.split col.area { width: 27%; }
        table.split col.owner { width: 17%; }
        table.split col.why { width: 56%; }
        table.split th, table.split td { padding: 0.4mm 1.5mm; line-height: 1.2; }
        table.split tbody th { font-weight: bold; }
        table.split tr.phase th { background: #fff; border-left: none; border-right: none; padding-top: 1.5mm;
          font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.05em; }
        .more { font-size: 7.5pt; color: #333; white-space: nowrap; }
        .appendix dl { margin: 0; font-size: 6.5pt; line-height: 1.15; }
        .appendix dt { font-weight: bold; break-after: avoid; }
        .appendix dd { margin: 0 0 0.6mm 4mm; }
        tr.phase { break-after: avoid; }
        .tag { display: inline-block; border: 0.75pt solid #000; border-radius: 1mm; padding: 0 1.2mm;
          font-size: 7.5pt; margin: 0.5mm 1mm 0.5mm 0; }
        .signal-columns { columns: 3; column-gap: 4mm; font-size: 6.5pt; line-height: 1.15; }
        .signal { break-inside: avoid; margin-bottom: 1.2mm; }
        .signal h3 { font-size: 8pt; margin: 0 0 0.2mm; }
        .signal .arith { margin: 0 0 0.5mm; }
        ul.contributions { list-style: none; padding: 0; margin: 0; }
        ul.contributions li { margin: 0 0 0.1mm; padding-left: 8mm; text-indent: -8mm; }
        ul.contributions .points { display: inline-block; width: 8mm; text-indent: 0; font-variant-numeric: tabular-nums; }
        ul.contributions .answer { color: #333; }
        .method { columns: 2; column-gap: 6mm; }
        .method h2 { column-span: all; }
        .arith { font-size: 7.5pt; color: #333; }
        .back { font-size: 7.5pt; line-height: 1.25; }
        .back p { margin-bottom: 0.8mm; }
        .back h3 { margin-top: 1.5mm; }
        .back table.grid { font-size: 7.5pt; margin-bottom: 2mm; }
        .back table.grid th, .back table.grid td { padding: 0.6mm 1.5mm; }
        .back h2 { margin-top: 2mm; font-size: 10.5pt; }
        .back li { margin-bottom: 0.3mm; }
        .back .reasons li { margin-bottom: 0.5mm; }
        .appendix dl { columns: 2; column-gap: 6mm; }
        .appendix dd { break-before: avoid; }
        .appendix dt, .appendix dd { break-inside: avoid; }
        .typed { white-space: pre-line; }
        .reasons li { break-inside: avoid; }
        .method p { break-inside: avoid; }
        .page-break { break-before: page; }
        .closing { break-inside: avoid; }
        footer { break-before: avoid; margin-top: 4mm; font-size: 8pt; color: #333; border-top: 0.75pt solid #777; padding-top: 1.5mm; }
        svg text { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; }
        .chart .bar-label { font-size: 12px; }
        .chart .value { font-size: 12px; }
        .chart .value.strong { font-weight: bold; }
        .chart .no-answer { font-size: 11px; font-style: italic; }
        .chart .track { fill: #fff; stroke: #888; stroke-width: 0.8; }
        .chart .bar { fill: #4a4a4a; stroke: #000; stroke-width: 0.8; }
        .chart .range { fill: none; stroke: #000; stroke-width: 1; }
        .need-scale .range { fill: none; stroke: #000; stroke-width: 1.2; }
        .chart .range-halo { fill: none; stroke: #fff; stroke-width: 2.6; }
        .chart .threshold { stroke: #000; stroke-width: 0.8; stroke-dasharray: 3 3; }
        .chart .threshold-label, .chart .tick-label { font-size: 10px; }
        .chart .tick { stroke: #000; stroke-width: 0.8; }
        .need-scale .band { stroke: #000; stroke-width: 0.8; }
        .need-scale .band-0 { fill: #fff; }
        .need-scale .band-1 { fill: #ddd; }
        .need-scale .band-label { font-size: 9px; }
        .need-scale .range-label { font-size: 9px; }
        .need-scale .marker { fill: #000; }
        .need-scale .marker-label { font-size: 10px; font-weight: bold; }
        .need-scale .scale-label { font-size: 8px; }

        """
}
