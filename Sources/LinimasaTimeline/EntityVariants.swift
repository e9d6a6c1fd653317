// People and organizations that documents name differently, found once every document is in.
import LinimasaExtract

/// Which entities of a run are one named differently by different documents.
///
/// **Organizations** are one when they share a name of two words or more (a document that
/// defines an acronym calls "PT Sri Rejeki Isman Tbk" `org:sritex`; one that does not,
/// `org:pt-sri-rejeki-isman-tbk`).
///
/// **People** are one when their names are forms of one name, given by different documents
/// (or by one before it gives the full name) of one story, so that a document naming one
/// names an entity that a document naming the other names too: "Abdul Kharis", "Abdul
/// Kharis Almasyhari" and "Abdul Kharis Almasyahari" (see `PersonNameKey.isVariant(of:)`),
/// not a prosecutor Ratna Kusumawardani and a scholar Ratna Kusumawardana of another
/// story. A one-word name joins the one full name of the run that starts or ends with it,
/// if the two share a story. Forms are joined only when nothing else could be meant: a short form that fits
/// two names which are not forms of each other ("Abdul Kharis" of "Abdul Kharis Almasyhari"
/// and of "Abdul Kharis Rahman") stays apart, and so does any group that would hold two
/// names that are not forms of each other, or two people of the lexicon. Each group takes
/// the id of its lexicon person, else of its fullest name (more words, then more documents,
/// then the first id).
///
/// The result depends on the set of entities only, not on the order documents came in.
struct EntityVariants {
  /// An entity of the run.
  struct Entity {
    let id: String
    let name: String
    /// Its other names, of any document.
    let aliases: [String]
    let fromLexicon: Bool
    /// How many documents name it.
    let documents: Int
    /// For a person, other entities (not places) named by documents that name it: a sample
    /// of its story, which forms of its name must share.
    let context: Set<String>
  }

  /// The id each variant is renamed to, by its own id; entities named one way only are
  /// not listed.
  static func renames(people: [Entity], organizations: [Entity]) -> [String: String] {
    personRenames(people).merging(organizationRenames(organizations)) { first, _ in first }
  }

  /// Organizations that share a name of two words or more (case aside) join; a group that
  /// would hold two of the lexicon stays apart. Each group takes the id of its lexicon
  /// organization, else of the one most documents name, else the first.
  private static func organizationRenames(_ organizations: [Entity]) -> [String: String] {
    let organizations = organizations.sorted { $0.id < $1.id }
    var sets = UnionFind(count: organizations.count)
    var byName: [String: Int] = [:]
    for (index, organization) in organizations.enumerated() {
      for name in [organization.name] + organization.aliases where name.contains(" ") {
        if let other = byName[name.lowercased()] { sets.join(index, other) } else { byName[name.lowercased()] = index }
      }
    }
    var byRoot: [Int: [Int]] = [:]
    for index in organizations.indices { byRoot[sets.root(of: index), default: []].append(index) }
    var renames: [String: String] = [:]
    for group in byRoot.values where group.count > 1 && group.count(where: { organizations[$0].fromLexicon }) <= 1 {
      let canonical = group.min { lhs, rhs in
        let rank = { (index: Int) in (organizations[index].fromLexicon ? 0 : 1, -organizations[index].documents) }
        return rank(lhs) != rank(rhs) ? rank(lhs) < rank(rhs) : lhs < rhs
      }!
      for index in group where index != canonical { renames[organizations[index].id] = organizations[canonical].id }
    }
    return renames
  }

  /// People whose names are forms of one name join (see the type's description).
  private static func personRenames(_ people: [Entity]) -> [String: String] {
    let people = people.sorted { $0.id < $1.id }
    let keys = people.map { PersonNameKey($0.name) }
    var members = fullNameGroups(people, keys: keys)
    // The group each person of a full name is in, and the groups by the first and the last
    // word of their members' names.
    var groupOf: [Int: Int] = [:]
    var byEdgeWord: [String: Set<Int>] = [:]
    for (group, indexes) in members.enumerated() {
      for index in indexes {
        groupOf[index] = group
        for word in [keys[index].fullWords.first, keys[index].fullWords.last].compactMap({ $0 }) {
          byEdgeWord[word, default: []].insert(group)
        }
      }
    }
    // A one-word name ("Gibran") is the one person of the run whose name starts or ends
    // with that word ("Gibran Rakabuming Raka"), when a document naming one names another
    // entity that a document naming the other names too.
    for index in people.indices where keys[index].words.count == 1 && groupOf[index] == nil {
      guard let groups = byEdgeWord[keys[index].words[0]], groups.count == 1, let group = groups.first,
        !(people[index].fromLexicon && members[group].contains { people[$0].fromLexicon }),
        members[group].contains(where: { !people[$0].context.isDisjoint(with: people[index].context) })
      else { continue }
      members[group].append(index)
    }
    var renames: [String: String] = [:]
    for group in members where group.count > 1 {
      let canonical = group.min { lhs, rhs in
        let rank = { (index: Int) in
          (people[index].fromLexicon ? 0 : 1, -keys[index].fullWords.count, -keys[index].words.count,
            -people[index].documents)
        }
        return rank(lhs) != rank(rhs) ? rank(lhs) < rank(rhs) : lhs < rhs
      }!
      for index in group where index != canonical { renames[people[index].id] = people[canonical].id }
    }
    return renames
  }

  /// The people (by index) whose names of two full words or more are forms of one another,
  /// in groups, each person of such a name in one group (alone when no other is its form).
  private static func fullNameGroups(_ people: [Entity], keys: [PersonNameKey]) -> [[Int]] {
    let named = people.indices.filter { keys[$0].fullWords.count >= 2 }
    // The people by each word of their names that is not an initial.
    var byWord: [String: [Int]] = [:]
    for index in named {
      for word in Set(keys[index].fullWords) { byWord[word, default: []].append(index) }
    }
    var sets = UnionFind(count: people.count)
    for index in named {
      // A longer form holds the last full word of the shorter (unless it gives that word
      // as an initial, where the two stay apart); each person joins the names it shortens
      // unless it shortens two that are not forms of each other.
      guard let word = keys[index].fullWords.last else { continue }
      let candidates = (byWord[word] ?? []).filter { other in
        other != index && !people[other].context.isDisjoint(with: people[index].context)
      }
      let longer = candidates.filter { keys[index].isShortForm(of: keys[$0]) }
      let ambiguous = longer.contains { one in longer.contains { $0 != one && !keys[one].isVariant(of: keys[$0]) } }
      for other in candidates where keys[other] == keys[index] || (!ambiguous && longer.contains(other)) {
        sets.join(index, other)
      }
    }
    var byRoot: [Int: [Int]] = [:]
    for index in named { byRoot[sets.root(of: index), default: []].append(index) }
    // A group holding two names that are not forms of each other, or two people of the
    // lexicon, is not one person: each stays alone.
    return byRoot.keys.sorted().flatMap { root -> [[Int]] in
      let group = byRoot[root] ?? []
      let holds =
        group.count { people[$0].fromLexicon } <= 1
        && group.allSatisfy { one in group.allSatisfy { one == $0 || keys[one].isVariant(of: keys[$0]) } }
      return holds ? [group] : group.map { [$0] }
    }
  }
}

/// Disjoint sets of the numbers below a count.
private struct UnionFind {
  private var parents: [Int]

  init(count: Int) { parents = Array(0..<count) }

  mutating func root(of index: Int) -> Int {
    var root = index
    while parents[root] != root { root = parents[root] }
    var node = index
    while parents[node] != root { (parents[node], node) = (root, parents[node]) }
    return root
  }

  mutating func join(_ one: Int, _ other: Int) {
    let (left, right) = (root(of: one), root(of: other))
    if left != right { parents[max(left, right)] = min(left, right) }
  }
}
