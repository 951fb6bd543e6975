import ReadinessCore

/// The export screen: a format and a path prefilled from the organization and the date.
struct ExportScreenLayout {
    let glyphs: Glyphs

    func draw(_ canvas: inout Canvas, form: ExportForm) {
        let width = canvas.size.width
        var y = canvas.contentTop + 1
        canvas.write("Export the summary", x: 2, y: y, role: .heading)
        y += 2
        canvas.write(glyphs.ascii ? "Format (Up/Down)" : "Format (↑/↓)", x: 4, y: y, role: .normal)
        for (index, format) in form.formats.enumerated() {
            let chosen = index == form.formatIndex
            canvas.write("\(chosen ? glyphs.radioOn : glyphs.radioOff) \(format)", x: 20, y: y, role: chosen ? .selected : .normal)
            y += 1
        }
        y += 1
        canvas.write("Path", x: 4, y: y, role: .normal)
        let fieldWidth = max(10, width - 24)
        canvas.field(form.path, x: 20, y: y, width: fieldWidth, focused: true)
        y += 2
        canvas.write("Copy (Tab)", x: 4, y: y, role: .normal)
        var x = 20
        let copies: [(label: String, audience: Audience, talkingPoints: Bool)] = [
            ("for the client", .client, false), ("internal", .internal, false), ("internal + talking points", .internal, true),
        ]
        for copy in copies {
            let chosen = copy.audience == form.audience && (copy.audience == .client || copy.talkingPoints == form.talkingPoints)
            let label = "\(chosen ? glyphs.radioOn : glyphs.radioOff) \(copy.label)"
            // The choices run on to the next line where the window is too narrow for all three.
            if x > 20, x + DisplayWidth.of(label) > width - 2 {
                x = 20
                y += 1
            }
            canvas.write(label, x: x, y: y, role: chosen ? .selected : .normal)
            x += DisplayWidth.of(label) + 3
        }
        y += 1
        let explanation =
            form.audience == .client
            ? "Leaves out your own notes, flags, to-dos and talking points: safe to send."
            : form.talkingPoints
                ? "Keeps your notes, flags and to-dos, and adds your talking points: for your team, not the customer."
                : "Keeps your notes, flags and to-dos, without your talking points: for your team, not the customer."
        y = canvas.paragraph(explanation, x: 20, y: y, width: max(10, width - 24), maxY: canvas.contentBottom, role: .dim)
        y += 1
        canvas.paragraph(
            "Enter writes the file; Esc goes back to the results. An existing file is only replaced after you confirm.", x: 4, y: y,
            width: width - 8, maxY: canvas.contentBottom, role: .dim)
    }
}
