/// Builds an HTML document: markup is written as is, text only through `HTMLEscaping`.
///
/// Keeping the two apart in the API is what keeps typed text inert: there is no way to add a string as
/// markup except `raw`, and the renderers pass it only literals, numbers and `CSSEscaping` output.
struct HTMLWriter {
    private(set) var html = ""

    /// Adds markup written by the renderer.
    mutating func raw(_ markup: String) {
        html += markup
    }

    /// Adds text, escaped.
    mutating func text(_ content: String) {
        html += HTMLEscaping.escape(content)
    }

    /// Adds a composed line, escaped, each name in `<bdi>` so that a right-to-left name cannot reorder
    /// the words and numbers around it.
    mutating func line(_ line: ComposedLine) {
        composed(line, nameOpens: "<bdi>", nameCloses: "</bdi>")
    }

    /// Adds a composed line as plain text for an element that holds no markup (`<title>`): escaped,
    /// each name between the isolates U+2068 and U+2069, which `<bdi>` stands for elsewhere. The escaping
    /// shows any isolate inside the name as `<U+2069>`, so only these two are real.
    mutating func isolatedLine(_ line: ComposedLine) {
        composed(line, nameOpens: "\u{2068}", nameCloses: "\u{2069}")
    }

    /// Adds a composed line, escaped, each name between `nameOpens` and `nameCloses` (markup or isolates).
    private mutating func composed(_ line: ComposedLine, nameOpens: String, nameCloses: String) {
        for piece in line.pieces {
            switch piece {
            case .words(let words): text(words)
            case .name(let name):
                html += nameOpens
                text(name)
                html += nameCloses
            }
        }
    }

    /// Adds `<tag attributes>text</tag>`, the text escaped.
    mutating func element(_ tag: String, _ attributes: String = "", _ content: String) {
        html += "<\(tag)\(attributes.isEmpty ? "" : " " + attributes)>"
        text(content)
        html += "</\(tag)>"
    }

    /// Adds each item as `<tag>item</tag>` on a line of its own.
    mutating func elements(_ tag: String, _ items: [String]) {
        for item in items {
            element(tag, "", item)
            html += "\n"
        }
    }

    /// Adds a list, `<ol>` or `<ul>`, of the items, each escaped.
    mutating func list(_ tag: String, attributes: String = "", _ items: [String]) {
        html += "<\(tag)\(attributes.isEmpty ? "" : " " + attributes)>\n"
        elements("li", items)
        html += "</\(tag)>\n"
    }

    /// Adds a table's head row: a column header for each title.
    mutating func tableHead(_ titles: [String]) {
        html += "<thead><tr>"
        for title in titles { element("th", "scope=\"col\"", title) }
        html += "</tr></thead>\n"
    }

    /// Adds a section headed by an `<h2>` that labels it (`id` names the heading), with what `body` writes.
    mutating func section(_ id: String, heading: String, class className: String? = nil, _ body: (inout HTMLWriter) -> Void) {
        html += "<section\(className.map { " class=\"\($0)\"" } ?? "") aria-labelledby=\"\(id)\">\n"
        element("h2", "id=\"\(id)\"", heading)
        html += "\n"
        body(&self)
        html += "</section>\n"
    }
}
