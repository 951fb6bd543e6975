import Foundation
import XCTest

/// Checks JSON against the repository's report schema (`schema/report.schema.json`), so the schema the
/// README documents is the one every test's JSON obeys.
///
/// It implements the part of JSON Schema (2020-12) that schema uses: `type` (one or a list), `enum`,
/// `const`, `properties`, `required`, `items`, `anyOf`, `minimum`, `maximum`, `pattern` and local `$ref`.
/// A keyword it does not know fails the check, so the schema cannot grow past what is really checked.
struct JSONSchemaValidator {
    /// The schema as parsed JSON.
    let schema: [String: Any]

    /// The keywords this validator checks; the others only describe.
    private static let checked: Set<String> = [
        "type", "enum", "const", "properties", "required", "items", "anyOf", "minimum", "maximum", "pattern", "$ref",
    ]
    private static let descriptive: Set<String> = ["$schema", "$id", "$defs", "title", "description"]

    /// The report schema from the repository.
    static func reportSchema() throws -> JSONSchemaValidator {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("schema/report.schema.json")
        let data = try Data(contentsOf: url)
        return JSONSchemaValidator(schema: try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any]))
    }

    /// Every place the JSON text breaks the schema, as `path: problem`; empty when it conforms.
    func problems(in json: String) -> [String] {
        guard let value = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) else {
            return ["$: not JSON"]
        }
        var found: [String] = []
        check(value, against: schema, at: "$", into: &found)
        return found
    }

    private func check(_ value: Any, against rule: [String: Any], at path: String, into found: inout [String]) {
        for key in rule.keys where !Self.checked.contains(key) && !Self.descriptive.contains(key) {
            found.append("\(path): the schema uses '\(key)', which this validator does not check")
        }
        if let reference = rule["$ref"] as? String {
            guard let target = resolve(reference) else {
                found.append("\(path): unknown reference \(reference)")
                return
            }
            check(value, against: target, at: path, into: &found)
        }
        if let types = rule["type"] {
            let names = (types as? [String]) ?? [(types as? String) ?? ""]
            if !names.contains(where: { Self.matches(value, type: $0) }) {
                found.append("\(path): expected \(names.joined(separator: " or ")), found \(Self.describe(value))")
                return
            }
        }
        if let constant = rule["const"], !Self.equal(value, constant) {
            found.append("\(path): expected \(constant), found \(Self.describe(value))")
        }
        if let options = rule["enum"] as? [Any], !options.contains(where: { Self.equal(value, $0) }) {
            found.append("\(path): \(Self.describe(value)) is not one of \(options)")
        }
        if let alternatives = rule["anyOf"] as? [[String: Any]] {
            let fits = alternatives.contains { alternative in
                var inner: [String] = []
                check(value, against: alternative, at: path, into: &inner)
                return inner.isEmpty
            }
            if !fits { found.append("\(path): matches none of anyOf") }
        }
        if let number = value as? NSNumber, !Self.isBoolean(value) {
            if let minimum = (rule["minimum"] as? NSNumber)?.doubleValue, number.doubleValue < minimum {
                found.append("\(path): \(number) is below \(minimum)")
            }
            if let maximum = (rule["maximum"] as? NSNumber)?.doubleValue, number.doubleValue > maximum {
                found.append("\(path): \(number) is above \(maximum)")
            }
        }
        if let text = value as? String, let pattern = rule["pattern"] as? String,
            text.range(of: pattern, options: .regularExpression) == nil
        {
            found.append("\(path): '\(text)' does not match \(pattern)")
        }
        if let object = value as? [String: Any] {
            for key in (rule["required"] as? [String]) ?? [] where object[key] == nil {
                found.append("\(path): lacks required '\(key)'")
            }
            for (key, inner) in (rule["properties"] as? [String: [String: Any]]) ?? [:] {
                if let member = object[key] { check(member, against: inner, at: "\(path).\(key)", into: &found) }
            }
        }
        if let array = value as? [Any], let items = rule["items"] as? [String: Any] {
            for (index, element) in array.enumerated() { check(element, against: items, at: "\(path)[\(index)]", into: &found) }
        }
    }

    private func resolve(_ reference: String) -> [String: Any]? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: Any = schema
        for part in reference.dropFirst(2).split(separator: "/") {
            guard let object = node as? [String: Any], let next = object[String(part)] else { return nil }
            node = next
        }
        return node as? [String: Any]
    }

    private static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        // JSONSerialization keeps true and false as boxed chars ("c"); JSON numbers are never stored so.
        return String(cString: number.objCType) == "c"
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "null": value is NSNull
        case "boolean": isBoolean(value)
        case "integer": !isBoolean(value) && (value as? NSNumber).map { $0.doubleValue == $0.doubleValue.rounded() } == true
        case "number": !isBoolean(value) && value is NSNumber
        default: false
        }
    }

    private static func equal(_ value: Any, _ expected: Any) -> Bool {
        if expected is NSNull { return value is NSNull }
        if isBoolean(expected) || isBoolean(value) {
            return isBoolean(expected) && isBoolean(value) && (expected as? Bool) == (value as? Bool)
        }
        if let text = expected as? String { return (value as? String) == text }
        if let number = expected as? NSNumber, !(value is String) { return (value as? NSNumber) == number }
        return false
    }

    private static func describe(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if isBoolean(value) { return "a boolean" }
        if let text = value as? String { return "'\(text.prefix(40))'" }
        if value is NSNumber { return "\(value)" }
        if value is [Any] { return "an array" }
        return "an object"
    }
}

/// Fails the test for every place the JSON breaks the report schema.
func assertMatchesReportSchema(_ json: String, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
    do {
        for problem in try JSONSchemaValidator.reportSchema().problems(in: json) {
            XCTFail("\(label): \(problem)", file: file, line: line)
        }
    } catch {
        XCTFail("cannot read the report schema: \(error)", file: file, line: line)
    }
}
