//! Candidate stores for byline's saved index, side by side on one corpus
//! (docs/PERFORMANCE.md, "Choosing the store"):
//!
//!     cd tools/store_compare
//!     CARGO_TARGET_DIR=../../target cargo run --release -- CORPUS WORKDIR [RUNS]
//!
//! The corpus is loaded once with byline's own loader and cut into the
//! records a store of records would keep (`Corpus::records`: one per
//! article, one per word of each word index, the entity evidence and three
//! small heads). Each candidate then, RUNS times (median printed):
//!
//! - **write**: every record, durably (the first start's save);
//! - **read**: in a process of its own, open the store, read every record
//!   and rebuild the corpus from them (`Corpus::from_records`, the decode
//!   every candidate shares) — the next start, minus the files' stamps;
//!   with that process's peak resident memory;
//! - **update**: one article edited — its record, the record of every word
//!   in its postings and the entity evidence written again, durably (the
//!   one-file store can only write itself whole);
//! - **size** on disk after the write.
//!
//! `store_compare --start CORPUS CACHE`: one start of the reader (as
//! `examples/bench` drives it), printing its time, whether it used the
//! index, and its articles (count and a hash of their ids in list order),
//! for the kill -9 check in docs/PERFORMANCE.md.
//!
//! Candidates: `file` (byline's way: the records end to end in one file
//! with a checksum, written to a temporary file, synced and renamed),
//! `sqlite` (rusqlite, SQLite bundled, WAL) and `redb`.

use byline::app::App;
use byline::search::{Corpus, CorpusEvent, Part, spawn_loading, spawn_loading_with};
use byline::store::LoadOptions;
use redb::{ReadableDatabase, ReadableTable};
use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const CANDIDATES: [&str; 3] = ["file", "sqlite", "redb"];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, candidate, store] = &args[..]
        && flag == "--read"
    {
        let t = Instant::now();
        let records = read(candidate, Path::new(store));
        let read_ms = ms(t);
        let corpus = Corpus::from_records(records.iter().map(Vec::as_slice), Default::default())
            .expect("the store gives the corpus back");
        println!("{read_ms} {} {} {}", ms(t), corpus.len(), peak_rss());
        return;
    }
    if let [flag, corpus, cache] = &args[..]
        && flag == "--start"
    {
        let t = Instant::now();
        let app = start(Path::new(corpus), Path::new(cache));
        let c = app.corpus();
        let mut ids = DefaultHasher::default();
        c.order()
            .iter()
            .for_each(|&i| ids.write(c.article(i).id.as_bytes()));
        let restored = app.loading().is_restored();
        println!(
            "{:.0} ms cpu {:.1} s restored={restored} articles={} ids={:016x}",
            ms(t),
            cpu_seconds(),
            c.len(),
            ids.finish()
        );
        return;
    }
    let [corpus_dir, work, rest @ ..] = &args[..] else {
        eprintln!("usage: store_compare CORPUS WORKDIR [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = rest.first().map_or(3, |r| r.parse().expect("RUNS is a number"));
    let work = PathBuf::from(work);
    std::fs::create_dir_all(&work).expect("work folder");

    let t = Instant::now();
    let corpus = load(Path::new(corpus_dir));
    let records = corpus.records();
    let bytes: usize = records.iter().map(|r| r.1.len()).sum();
    let count = |part| records.iter().filter(|r| r.0 == part).count();
    println!(
        "{} articles loaded in {:.1} s; {} records, {:.1} MB ({} articles, {} words, entity evidence {:.1} MB)",
        corpus.len(),
        t.elapsed().as_secs_f64(),
        records.len(),
        bytes as f64 / 1e6,
        count(Part::Article),
        count(Part::Word),
        records
            .iter()
            .find(|r| r.0 == Part::Entities)
            .map_or(0, |r| r.1.len()) as f64
            / 1e6,
    );
    let edited = edited_records(&records, corpus.len() as u32 / 2);
    println!(
        "update: {} records of one article (its own, its words', the evidence)",
        edited.len()
    );
    drop(corpus);

    println!("candidate | write ms | read+rebuild ms (read alone) | peak rss MB | update ms | size MB");
    for candidate in CANDIDATES {
        let (mut write_ms, mut read_ms, mut alone_ms, mut rss, mut update_ms, mut size) =
            (vec![], vec![], vec![], vec![], vec![], 0);
        for _ in 0..runs {
            let store = work.join(format!("store-{candidate}"));
            let _ = std::fs::remove_dir_all(&store);
            std::fs::create_dir_all(&store).expect("store folder");
            let t = Instant::now();
            write(candidate, &store, &records);
            write_ms.push(ms(t));
            size = dir_bytes(&store);
            let out = Command::new(std::env::current_exe().expect("own path"))
                .args(["--read", candidate])
                .arg(&store)
                .output()
                .expect("run the reader");
            let f: Vec<f64> = String::from_utf8_lossy(&out.stdout)
                .split_whitespace()
                .filter_map(|x| x.parse().ok())
                .collect();
            let [alone, whole, n, peak] = f[..] else {
                panic!("the reader printed {:?}", String::from_utf8_lossy(&out.stderr));
            };
            assert_eq!(n as usize, count(Part::Article), "every article back");
            alone_ms.push(alone);
            read_ms.push(whole);
            rss.push(peak / 1e6);
            let t = Instant::now();
            update(candidate, &store, &records, &edited);
            update_ms.push(ms(t));
        }
        println!(
            "{candidate} | {:.0} | {:.0} ({:.0}) | {:.0} | {:.1} | {:.1}",
            median(write_ms),
            median(read_ms),
            median(alone_ms),
            median(rss),
            median(update_ms),
            size as f64 / 1e6
        );
    }
}

/// The reader's start over `corpus` with the cache folder `cache`, until
/// everything is loaded and the index saved (as `examples/bench` drives it).
fn start(corpus: &Path, cache: &Path) -> App {
    let events = spawn_loading_with(
        vec![corpus.to_path_buf()],
        LoadOptions::default(),
        Some(cache),
        Default::default(),
    );
    let mut app = App::streaming(events);
    while app.loading().is_active() {
        // As `examples/bench` (and so the terminal loop) paces it.
        if app.drain_loading(std::time::Duration::from_millis(15)) {
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    }
    app.finish_saving();
    app
}

/// The corpus under `dir`, loaded and analysed as the reader's first start does.
fn load(dir: &Path) -> Corpus {
    let mut corpus = Corpus::new();
    for event in spawn_loading(vec![dir.to_path_buf()], LoadOptions::default()) {
        match event {
            CorpusEvent::Article(item) => corpus.push(*item),
            CorpusEvent::Started { max_file_bytes, .. } => corpus.set_max_file_bytes(max_file_bytes),
            _ => {}
        }
    }
    corpus.settle();
    corpus.compact();
    corpus
}

/// The records an edit of `article` writes again: its own, every word whose
/// postings hold it, and the entity evidence.
fn edited_records(records: &[(Part, Vec<u8>)], article: u32) -> Vec<usize> {
    let mut nth = 0;
    (0..records.len())
        .filter(|&i| match records[i].0 {
            Part::Article => {
                nth += 1;
                nth - 1 == article
            }
            Part::Word => postings(&records[i].1).contains(&article),
            Part::Entities => true,
            Part::Head | Part::Vocabulary => false,
        })
        .collect()
}

/// A word record's postings (byline's layout: the word's length and the
/// word, then the list's count and size and its gaps, zig-zagged; every
/// number LEB128).
fn postings(record: &[u8]) -> Vec<u32> {
    let mut pos = 0;
    pos += leb(record, &mut pos) as usize; // past the word
    let count = leb(record, &mut pos);
    leb(record, &mut pos); // the size
    let mut prev = 0i64;
    (0..count)
        .map(|_| {
            let n = leb(record, &mut pos);
            prev += (n >> 1) as i64 ^ -((n & 1) as i64);
            prev as u32
        })
        .collect()
}

fn leb(bytes: &[u8], pos: &mut usize) -> u64 {
    let (mut n, mut shift) = (0u64, 0);
    loop {
        let b = bytes[*pos];
        *pos += 1;
        n |= u64::from(b & 0x7f) << shift;
        shift += 7;
        if b < 0x80 {
            return n;
        }
    }
}

const TABLE: redb::TableDefinition<u64, &[u8]> = redb::TableDefinition::new("records");

fn write(candidate: &str, store: &Path, records: &[(Part, Vec<u8>)]) {
    match candidate {
        "file" => {
            let tmp = store.join("index.tmp");
            let mut out = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(&tmp).unwrap());
            for (_, r) in records {
                std::io::Write::write_all(&mut out, r).unwrap();
            }
            out.into_inner().unwrap().sync_all().unwrap();
            std::fs::rename(tmp, store.join("index.bin")).unwrap();
        }
        "sqlite" => {
            let mut db = sqlite(store);
            db.execute(
                "CREATE TABLE records (seq INTEGER PRIMARY KEY, bytes BLOB NOT NULL)",
                [],
            )
            .unwrap();
            let tx = db.transaction().unwrap();
            {
                let mut put = tx.prepare("INSERT INTO records VALUES (?1, ?2)").unwrap();
                for (seq, (_, r)) in records.iter().enumerate() {
                    put.execute(rusqlite::params![seq as i64, r]).unwrap();
                }
            }
            tx.commit().unwrap();
        }
        "redb" => {
            let db = redb::Database::create(store.join("index.redb")).unwrap();
            let tx = db.begin_write().unwrap();
            {
                let mut table = tx.open_table(TABLE).unwrap();
                for (seq, (_, r)) in records.iter().enumerate() {
                    table.insert(seq as u64, r.as_slice()).unwrap();
                }
            }
            tx.commit().unwrap();
        }
        _ => unreachable!("a candidate of CANDIDATES"),
    }
}

fn read(candidate: &str, store: &Path) -> Vec<Vec<u8>> {
    match candidate {
        // One read; `from_records` checks the whole as byline checks its file.
        "file" => vec![std::fs::read(store.join("index.bin")).unwrap()],
        "sqlite" => {
            let db = sqlite(store);
            let mut all = db.prepare("SELECT bytes FROM records ORDER BY seq").unwrap();
            all.query_map([], |row| row.get::<_, Vec<u8>>(0))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        }
        "redb" => {
            let db = redb::Database::open(store.join("index.redb")).unwrap();
            let tx = db.begin_read().unwrap();
            let table = tx.open_table(TABLE).unwrap();
            table
                .iter()
                .unwrap()
                .map(|r| r.unwrap().1.value().to_vec())
                .collect()
        }
        _ => unreachable!("a candidate of CANDIDATES"),
    }
}

fn update(candidate: &str, store: &Path, records: &[(Part, Vec<u8>)], edited: &[usize]) {
    match candidate {
        "file" => write(candidate, store, records),
        "sqlite" => {
            let mut db = sqlite(store);
            let tx = db.transaction().unwrap();
            {
                let mut get = tx.prepare("SELECT bytes FROM records WHERE seq = ?1").unwrap();
                let mut put = tx
                    .prepare("UPDATE records SET bytes = ?2 WHERE seq = ?1")
                    .unwrap();
                for &seq in edited {
                    // Read, change (here: the same bytes), write back.
                    let old: Vec<u8> = get.query_row([seq as i64], |row| row.get(0)).unwrap();
                    assert_eq!(old.len(), records[seq].1.len());
                    put.execute(rusqlite::params![seq as i64, records[seq].1])
                        .unwrap();
                }
            }
            tx.commit().unwrap();
        }
        "redb" => {
            let db = redb::Database::open(store.join("index.redb")).unwrap();
            let tx = db.begin_write().unwrap();
            {
                let mut table = tx.open_table(TABLE).unwrap();
                for &seq in edited {
                    let old = table.get(seq as u64).unwrap().unwrap().value().len();
                    assert_eq!(old, records[seq].1.len());
                    table.insert(seq as u64, records[seq].1.as_slice()).unwrap();
                }
            }
            tx.commit().unwrap();
        }
        _ => unreachable!("a candidate of CANDIDATES"),
    }
}

/// SQLite as an application would set it up: WAL, synced at each commit
/// (`FULL`, as the file is synced before its rename).
fn sqlite(store: &Path) -> rusqlite::Connection {
    let db = rusqlite::Connection::open(store.join("index.sqlite")).unwrap();
    db.pragma_update(None, "journal_mode", "WAL").unwrap();
    db.pragma_update(None, "synchronous", "FULL").unwrap();
    db
}

fn dir_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum()
}

fn peak_rss() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok());
    kb.unwrap_or(0.0) * 1024.0
}

/// CPU time this process used (all threads), from /proc (clock ticks of 1/100 s).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which may hold spaces): utime is the 12th.
    let rest = stat.rsplit_once(')').map_or("", |r| r.1);
    let ticks = rest.split_whitespace().skip(11).take(2);
    ticks.filter_map(|x| x.parse::<f64>().ok()).sum::<f64>() / 100.0
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}
