use byline::analysis::{Gazetteer, analyze};
use std::time::Instant;
#[test]
fn scratch() {
    let units: Vec<String> = std::env::var("UNITS").unwrap().split('|').map(String::from).collect();
    for unit in &units {
        for many in [false, true] {
            let mut line = format!("{unit:?} many={many}:");
            for n in [4096usize, 16384, 65536] {
                let paras = if many { vec![unit.repeat(100usize.div_ceil(unit.len())); n / 100] } else { vec![unit.repeat(n.div_ceil(unit.len()))] };
                let t = Instant::now();
                let a = analyze(Gazetteer::builtin(), &paras);
                line += &format!(" {n}: {:.1} ms (q{} m{})", t.elapsed().as_secs_f64() * 1e3, a.quotes.len(), a.mentions.len());
            }
            println!("{line}");
        }
    }
}
