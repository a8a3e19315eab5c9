/// How catalogue terms read inside a sentence.
enum Casing {
    /// A catalogue term as it reads mid-sentence: "Chef Knife" is "chef knife", while names and
    /// codes keep their capitals ("Japanese VG-10 Steel" is "Japanese VG-10 steel", "USB-C Charger"
    /// is "USB-C charger", "3D Puzzle" stays).
    static func inProse(_ term: String) -> String {
        term.split(separator: " ").map { word -> String in
            let keep = word.dropFirst().contains(where: \.isUppercase) || word.contains(where: \.isNumber) || properWords.contains(String(word))
            return keep ? String(word) : word.lowercased()
        }.joined(separator: " ")
    }

    static let properWords: Set<String> = ["Japanese", "German", "Damascus", "Tencel", "Cordura", "Tritan", "Vibram", "Pakkawood", "Bluetooth", "Wi-Fi"]
}
