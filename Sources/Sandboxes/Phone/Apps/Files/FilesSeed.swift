import Vocabulary

/// The seeded file tree: Documents (taxes, work, the lease), Download (the attachments of
/// recent invoice mails and work mail), Pictures (screenshots), DCIM/Camera (photos),
/// Music, Movies and Recordings. Ids follow a depth-first walk, folders before their
/// contents.
struct FilesSeed {
    let seed: AppSeed
    let now: CivilTime

    /// - Parameter attachments: names of files attached to mails, the most recent of which were downloaded.
    func generate(attachments: [String]) -> [FileEntry] {
        var rng = seed.generator("files")
        var entries: [FileEntry] = []
        func time() -> Int {
            now.adding(days: -Int.random(in: 1...300, using: &rng), hours: -Int.random(in: 0...23, using: &rng), minutes: -Int.random(in: 0...59, using: &rng)).seconds
        }
        @discardableResult
        func add(_ name: String, in parent: Int?, folder: Bool = false, bytes: ClosedRange<Int> = 0...0) -> Int {
            let id = entries.count + 1
            entries.append(FileEntry(id: id, parentID: parent, name: name, isFolder: folder,
                                     sizeBytes: folder ? 0 : Int.random(in: bytes, using: &rng), modifiedAt: time()))
            return id
        }
        let documents = add("Documents", in: nil, folder: true)
        let taxes = add("Taxes", in: documents, folder: true)
        for name in ["2025 tax return.pdf", "W-2 2025.pdf", "1099-INT 2025.pdf", "Property tax receipt.pdf", "2024 tax return.pdf"] {
            add(name, in: taxes, bytes: 120_000...900_000)
        }
        let work = add("Work", in: documents, folder: true)
        for topic in MailText.topics {
            let slug = topic.replacing(" ", with: "-")
            add(rng.chance(0.5) ? "\(slug).docx" : "\(slug) slides.pdf", in: work, bytes: 40_000...4_800_000)
        }
        add("Budget 2026.xlsx", in: work, bytes: 30_000...90_000)
        for name in ["Lease agreement.pdf", "Resume.pdf", "Passport scan.jpg", "Car insurance.pdf", "Vaccination record.pdf", "Warranty - dishwasher.pdf"] {
            add(name, in: documents, bytes: 80_000...2_400_000)
        }
        let download = add("Download", in: nil, folder: true)
        // The latest fourteen distinct attachments; a name is unique in its folder.
        var recent: [String] = []
        for name in attachments.reversed() where !recent.contains(name) && recent.count < 14 { recent.append(name) }
        for name in recent.reversed() {
            add(name, in: download, bytes: 60_000...480_000)
        }
        for name in ["boarding-pass.pdf", "concert-tickets.pdf", "manual_coffee_grinder.pdf", "photos_export.zip", "meeting-notes.txt"] {
            add(name, in: download, bytes: 2_000...18_000_000)
        }
        let pictures = add("Pictures", in: nil, folder: true)
        let screenshots = add("Screenshots", in: pictures, folder: true)
        for _ in 0..<16 {
            let at = now.adding(days: -Int.random(in: 1...200, using: &rng), minutes: -Int.random(in: 0...1439, using: &rng))
            add("Screenshot_\(at.dateText.replacing("-", with: ""))_\(at.timeText.replacing(":", with: "")).png", in: screenshots, bytes: 200_000...1_600_000)
        }
        let wallpapers = add("Wallpapers", in: pictures, folder: true)
        for name in ["mountains.jpg", "ocean.jpg", "forest.jpg"] { add(name, in: wallpapers, bytes: 1_500_000...4_000_000) }
        let dcim = add("DCIM", in: nil, folder: true)
        let camera = add("Camera", in: dcim, folder: true)
        var shots: [CivilTime] = []
        for _ in 0..<44 {
            shots.append(now.adding(days: -Int.random(in: 1...300, using: &rng), minutes: -Int.random(in: 0...1439, using: &rng)))
        }
        for at in shots.sorted() {
            add("IMG_\(at.dateText.replacing("-", with: ""))_\(at.timeText.replacing(":", with: ""))\(10 + Int.random(in: 0...49, using: &rng)).jpg", in: camera, bytes: 1_800_000...6_500_000)
        }
        let music = add("Music", in: nil, folder: true)
        for name in ["Morning Playlist.mp3", "Podcast - Episode 41.mp3", "Podcast - Episode 42.mp3", "Rain sounds.mp3"] { add(name, in: music, bytes: 3_000_000...60_000_000) }
        let movies = add("Movies", in: nil, folder: true)
        for name in ["Birthday party.mp4", "Beach sunset.mp4"] { add(name, in: movies, bytes: 20_000_000...250_000_000) }
        let recordings = add("Recordings", in: nil, folder: true)
        for index in 1...6 { add("Voice memo \(index).m4a", in: recordings, bytes: 100_000...3_000_000) }
        return entries
    }
}
