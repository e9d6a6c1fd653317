import Foundation
import LinimasaCore
import LinimasaTestSupport
import Testing

@Suite struct EventLexiconTests {
  @Test func templatesFillSlotsAndDropOptionalSegmentsWithoutAValue() throws {
    let template = try SummaryTemplate(parsing: "{agent} sends a letter[ to {target}]")
    #expect(template.render([.agent: "Kominfo", .target: "KPU"]) == "Kominfo sends a letter to KPU")
    #expect(template.render([.agent: "Kominfo"]) == "Kominfo sends a letter")
    #expect(template.requiredSlots == [.agent])
    #expect(template.slots == [.agent, .target])
  }

  @Test func templatesReportWhatIsWrong() {
    let cases = [
      "{actor} sends": "unknown slot {actor}; use {agent} or {target}",
      "{agent} sends[ a letter": "'[' without a closing ']'",
      "{agent} sends[ a letter]": "an optional segment [...] must hold {agent} or {target}",
      "{agent} [[{target}]]": "optional segments cannot nest",
      "{agent sends": "'{' without a closing '}'",
      "{agent} sends}": "'}' without an opening '{'",
      "{agent} sends]": "']' without an opening '['",
    ]
    for (text, message) in cases {
      #expect(throws: TemplateError.self) { try SummaryTemplate(parsing: text) }
      do {
        _ = try SummaryTemplate(parsing: text)
      } catch {
        #expect(error.description == message)
      }
    }
  }

  func issues(_ files: [String: String]) throws -> [String] {
    let root = try Repository.folder("event-lexicons", files: files)
    do {
      _ = try Lexicons.load(from: [root.path])
      return []
    } catch {
      return error.issues.map { $0.description.replacingOccurrences(of: root.path + "/", with: "") }
    }
  }

  @Test func reportsEveryMistakeInEventFilesWithFileAndLine() throws {
    let found = try issues([
      "common/event-types.tsv": """
        type\tsummary_en\tsummary_id\tsummary_en_no_agent\tsummary_id_no_agent\tfamily
        statement\t{agent} speaks\t{agent} berbicara\tA statement is made\tSebuah pernyataan disampaikan\t-
        letter\tA letter[ to {target}]\t{agent} mengirim surat\tA letter is sent\tSurat dikirim\t-
        Bad Type\t{agent} x\t{agent} x\tx\tx\t-
        leak\t{agent} leaks\t{agent} membocorkan\t{agent} leaked\tData bocor\t-
        statement\t{agent} speaks\t{agent} berbicara\tA statement\tPernyataan\t-
        audit\t{agent} audits\t{agent} mengaudit\tAn audit is done\tAudit dilakukan\tData Breach
        """,
      "id/event-triggers.tsv": """
        trigger\ttype
        mengirim surat\tletter
        Bocor\tleak
        diretas\thack
        mengirim surat\tletter
        """,
    ])
    #expect(found == [
      "common/event-types.tsv:3: summary_en must contain {agent} outside [...]",
      "common/event-types.tsv:4: type must be lowercase letters and hyphens, got 'Bad Type'",
      "common/event-types.tsv:5: summary_en_no_agent must not contain {agent}",
      "common/event-types.tsv:6: duplicate entry 'statement' (first at line 2)",
      "common/event-types.tsv:7: family must be lowercase letters and hyphens, or -, got 'Data Breach'",
      // "letter" was left out for its bad template, so its trigger names an unknown type.
      "id/event-triggers.tsv:2: unknown event type 'letter'; define it in common/event-types.tsv",
      "id/event-triggers.tsv:3: a trigger is lowercase words separated by single spaces, got 'Bocor'",
      "id/event-triggers.tsv:4: unknown event type 'hack'; define it in common/event-types.tsv",
      "id/event-triggers.tsv:5: duplicate entry 'mengirim surat' (first at line 2)",
    ])
  }

  @Test func aUserFolderMayAddTriggersForBundledTypes() throws {
    let root = try Repository.folder("event-overlay", files: ["en/event-triggers.tsv": "trigger\ttype\nleaked online\tleak\n"])
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path, root.path])
    #expect(lexicons[.english].eventTriggers["leaked online"]?.type == "leak")
    #expect(lexicons.eventTypes[EventType.statement] != nil)
  }
}
