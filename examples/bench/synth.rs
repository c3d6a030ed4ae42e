//! A synthetic corpus for fresh clones (no real articles needed): news-shaped
//! text with people, places, organisations and attributed quotes, deterministic
//! from a seed so runs compare.

use std::fmt::Write as _;
use std::path::Path;

const FIRST: [&str; 24] = [
    "Sergei", "Nikki", "Rex", "Angela", "Tony", "Gordon", "Maria", "Ahmed", "Li", "Olga", "James", "Fatima",
    "Pedro", "Hannah", "Yuki", "Kwame", "Ingrid", "Rahul", "Chloe", "Dmitri", "Amara", "Lucas", "Sofia",
    "Omar",
];
const LAST: [&str; 24] = [
    "Lavrov",
    "Haley",
    "Tillerson",
    "Merkel",
    "Blair",
    "Brown",
    "Santos",
    "Hassan",
    "Wei",
    "Petrova",
    "Walker",
    "Nasser",
    "Alvarez",
    "Schmidt",
    "Tanaka",
    "Mensah",
    "Larsen",
    "Gupta",
    "Dubois",
    "Volkov",
    "Okafor",
    "Martin",
    "Rossi",
    "Farouk",
];
const PLACES: [&str; 12] = [
    "Russia", "Syria", "France", "Germany", "Japan", "Brazil", "Kenya", "India", "Canada", "Egypt", "Moscow",
    "London",
];
const ORGS: [&str; 8] = [
    "United Nations",
    "NATO",
    "the European Union",
    "the World Bank",
    "the BBC",
    "Reuters",
    "the FBI",
    "the Kremlin",
];
const WORDS: [&str; 40] = [
    "government",
    "minister",
    "talks",
    "agreement",
    "economy",
    "market",
    "growth",
    "election",
    "vote",
    "policy",
    "report",
    "investigation",
    "security",
    "council",
    "trade",
    "budget",
    "energy",
    "prices",
    "plan",
    "deal",
    "officials",
    "week",
    "year",
    "support",
    "pressure",
    "crisis",
    "reform",
    "tax",
    "jobs",
    "company",
    "shares",
    "profits",
    "figures",
    "analysts",
    "league",
    "match",
    "season",
    "players",
    "film",
    "award",
];
const VERBS: [&str; 6] = ["said", "told reporters", "added", "warned", "insisted", "claimed"];

/// A small deterministic generator (xorshift): no crate needed for this.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() % items.len()]
    }
}

fn sentence(rng: &mut Rng, out: &mut String) {
    let n = 12 + rng.next() % 14;
    for i in 0..n {
        let w = match rng.next() % 10 {
            0 => rng.pick(&PLACES),
            1 => rng.pick(&ORGS),
            _ => rng.pick(&WORDS),
        };
        if i == 0 {
            let mut c = w.chars();
            let first = c
                .next()
                .map(|f| f.to_uppercase().collect::<String>())
                .unwrap_or_default();
            out.push_str(&first);
            out.push_str(c.as_str());
        } else {
            out.push(' ');
            out.push_str(w);
        }
    }
    out.push_str(". ");
}

/// One article of about 4 KB, the BBC corpus's average.
pub fn article(seed: u64) -> String {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut text = String::new();
    let (f, l) = (rng.pick(&FIRST), rng.pick(&LAST));
    let _ = writeln!(
        text,
        "{} {} {} over {}\n",
        rng.pick(&PLACES),
        rng.pick(&WORDS),
        rng.pick(&WORDS),
        rng.pick(&WORDS)
    );
    let _ = writeln!(
        text,
        "{f} {l}, a minister from {}, spoke in {}.\n",
        rng.pick(&PLACES),
        rng.pick(&PLACES)
    );
    for p in 0..8 {
        for _ in 0..3 {
            sentence(&mut rng, &mut text);
        }
        match p % 3 {
            0 => {
                let _ = write!(
                    text,
                    "\"We will not accept this {}\", {} {}.",
                    rng.pick(&WORDS),
                    match rng.next() % 2 {
                        0 => format!("Mr {l}"),
                        _ => format!("{} {}", rng.pick(&FIRST), rng.pick(&LAST)),
                    },
                    rng.pick(&VERBS)
                );
            }
            1 => {
                let _ = write!(
                    text,
                    "{} spokesman {} said the {} was \"deeply worrying\".",
                    rng.pick(&ORGS),
                    rng.pick(&FIRST),
                    rng.pick(&WORDS)
                );
            }
            _ => {}
        }
        text.push_str("\n\n");
    }
    text
}

/// Writes `n` synthetic articles into `dir`, 1,000 to a folder.
pub fn write_corpus(dir: &Path, n: usize) -> std::io::Result<()> {
    for i in 0..n {
        let sub = dir.join(format!("{:03}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&sub)?;
        }
        std::fs::write(sub.join(format!("{i:06}.txt")), article(i as u64))?;
    }
    Ok(())
}
