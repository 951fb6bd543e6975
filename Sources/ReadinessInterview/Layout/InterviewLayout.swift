import ReadinessCore

/// Renders the interview's state at a size into a frame of cells: a pure function, so every screen can
/// be tested as text at any size.
public struct InterviewLayout {
    /// The characters to draw with.
    public let glyphs: Glyphs

    /// Creates a layout with a glyph set.
    public init(glyphs: Glyphs = .unicode) { self.glyphs = glyphs }

    /// Renders the model at its current size.
    public func render(_ model: InterviewModel) -> Frame {
        var canvas = Canvas(size: model.size, ellipsis: glyphs.ellipsis)
        guard model.size.isUsable else {
            drawTooSmall(&canvas, size: model.size, unsaved: model.saveFailure != nil)
            return canvas.frame
        }
        drawTitleBar(&canvas, model)
        switch model.screen {
        case .start(let form): StartScreenLayout(glyphs: glyphs).draw(&canvas, form: form, setup: model.setup)
        case .question(let focus): QuestionScreenLayout(glyphs: glyphs).draw(&canvas, model: model, focus: focus)
        case .review(let focus): ReviewScreenLayout(glyphs: glyphs).draw(&canvas, model: model, focus: focus)
        case .results(let focus): ResultsScreenLayout(glyphs: glyphs).draw(&canvas, model: model, focus: focus)
        case .export(let form): ExportScreenLayout(glyphs: glyphs).draw(&canvas, form: form)
        case .whatIf(let focus): WhatIfScreenLayout(glyphs: glyphs).draw(&canvas, model: model, focus: focus)
        }
        if let overlay = model.overlay {
            OverlayLayout(glyphs: glyphs, boxWidth: model.overlayBoxWidth).draw(&canvas, overlay: overlay, model: model)
        }
        drawStatus(&canvas, model)
        drawHelpBar(&canvas, model)
        return canvas.frame
    }

    /// The size message, centred, redrawn live as the terminal is resized; clipped at any size.
    private func drawTooSmall(_ canvas: inout Canvas, size: ScreenSize, unsaved: Bool) {
        let minimum = ScreenSize.minimum
        let lines = [
            "Terminal too small: \(size.width)x\(size.height), needs \(minimum.width)x\(minimum.height)",
            unsaved
                ? "Your answers are not saved: make the window larger to choose what to do."
                : "Make the window larger, or press q to quit.",
        ]
        let pieces = lines.enumerated().flatMap { offset, line in
            TextWrap.lines(line, width: max(1, size.width)).map { (text: $0, role: offset == 0 ? StyleRole.error : .dim) }
        }
        let top = max(0, (size.height - pieces.count) / 2)
        for (row, piece) in pieces.enumerated() {
            canvas.write(piece.text, x: max(0, (size.width - DisplayWidth.of(piece.text)) / 2), y: top + row, role: piece.role)
        }
    }

    private func drawTitleBar(_ canvas: inout Canvas, _ model: InterviewModel) {
        let width = canvas.size.width
        canvas.fill(x: 0, y: 0, width: width, role: .title)
        var left = " readiness"
        if let session = model.session {
            let organization = session.assessment.organization.isEmpty ? "Unnamed organization" : session.assessment.organization
            left += glyphs.separator + organization
        }
        let right: String
        if let session = model.session {
            let timer = model.callElapsed.map { " " + $0 } ?? ""
            right =
                (session.assessment.mode == .call ? "discovery call" + timer : "self-assessment")
                + (model.readOnlyReason != nil ? glyphs.separator + "READ-ONLY" : "")
                + (model.saveFailure != nil ? glyphs.separator + "NOT SAVED" : "") + " "
        } else {
            right = "co-managed IT readiness "
        }
        let rightWidth = DisplayWidth.of(right)
        canvas.write(left, x: 0, y: 0, role: .title, width: max(0, width - rightWidth - 1))
        canvas.write(right, x: max(0, width - rightWidth), y: 0, role: .title)
    }

    private func drawStatus(_ canvas: inout Canvas, _ model: InterviewModel) {
        // A failed save stays in view until a save succeeds, whatever else was said since.
        guard let message = model.message ?? model.saveFailureMessage else { return }
        let role: StyleRole = message.isError ? .error : .notice
        let prefix = message.isError ? (glyphs.ascii ? "! " : "✗ ") : ""
        // A message longer than the line wraps upwards over the screen's last rows (up to three lines, for
        // as long as it shows) rather than being cut: "20 answers carried over from ... (3 not carried)"
        // must be read to the end. Only a message longer than that ends in the ellipsis.
        let width = canvas.size.width
        let lines = TextWrap.lines(prefix + message.text, width: max(1, width - 2))
        let shown = Array(lines.prefix(Self.statusLines))
        let bottom = canvas.size.height - 2
        for (offset, line) in shown.enumerated() {
            let y = bottom - shown.count + 1 + offset
            canvas.fill(x: 0, y: y, width: width, role: role)
            // The last line carries the rest, so a longer message is cut there with the ellipsis.
            let text = offset == shown.count - 1 ? lines[offset...].joined(separator: " ") : line
            canvas.write(" " + text, x: 0, y: y, role: role, width: width - 1)
        }
    }

    /// The most lines a status message takes.
    static let statusLines = 3

    /// The help bar, built from the live keymap; quit, help and the way out of the screen always stay visible.
    private func drawHelpBar(_ canvas: inout Canvas, _ model: InterviewModel) {
        let y = canvas.size.height - 1
        let width = canvas.size.width
        canvas.fill(x: 0, y: y, width: width, role: .dim)
        let bindings = Keymap.helpBar(for: model.keyContext, hiding: model.unavailableActions)
        func summary(_ binding: KeyBinding) -> String { binding.barSummary ?? binding.summary }
        func cost(_ binding: KeyBinding) -> Int { DisplayWidth.of(label(binding)) + 1 + DisplayWidth.of(summary(binding)) + 2 }
        var x = 1
        for binding in KeyBarPlan.fitting(bindings, width: width - 1, cost: cost) {
            x = canvas.write(label(binding), x: x, y: y, role: .key)
            x = canvas.write(" " + summary(binding) + "  ", x: x, y: y, role: .dim)
        }
    }

    /// The bar's short label when there is one (always ASCII), else the full label in the glyph set.
    private func label(_ binding: KeyBinding) -> String { binding.barLabel ?? (glyphs.ascii ? binding.asciiLabel : binding.label) }
}

/// The rows between the title bar and the status line that screens may use.
extension Canvas {
    /// The first row below the title bar.
    var contentTop: Int { 1 }
    /// The last row above the status line and help bar.
    var contentBottom: Int { size.height - 3 }
}
