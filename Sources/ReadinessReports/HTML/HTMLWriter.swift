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

    /// Adds `<tag attributes>text</tag>`, the text escaped.
    mutating func element(_ tag: String, _ attributes: String = "", _ content: String) {
        html += "<\(tag)\(attributes.isEmpty ? "" : " " + attributes)>"
        text(content)
        html += "</\(tag)>"
    }
}
