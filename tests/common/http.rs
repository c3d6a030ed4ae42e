//! A small HTTP/1.1 server on 127.0.0.1 for the fetch tests: each connection
//! in its own thread, one request per connection, answered by the test's
//! handler. Everything it does is bounded in time, so it stops by itself.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// One request as the server saw it, with when it arrived.
#[derive(Clone, Debug)]
pub struct Request {
    pub path: String,
    /// Header names in lower case.
    pub headers: Vec<(String, String)>,
    pub at: Instant,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// How to answer.
pub enum Reply {
    /// 200 with a body and optional validators.
    Body {
        content_type: &'static str,
        body: Vec<u8>,
        etag: Option<String>,
    },
    /// 304, no body.
    NotModified,
    /// Any status with a short text body.
    Status(u16),
    /// A redirect to this location.
    Redirect(String),
    /// Reads the request and never answers (for at most 20 s).
    Silent,
    /// Headers, then body bytes for as long as the client reads (at most 20 s).
    Endless,
}

pub struct Server {
    pub addr: SocketAddr,
    requests: Arc<Mutex<Vec<Request>>>,
    stop: Arc<AtomicBool>,
}

impl Server {
    pub fn start(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        listener.set_nonblocking(true).expect("non-blocking listener");
        let addr = listener.local_addr().unwrap();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let handler = Arc::new(handler);
        let (seen, stopped) = (Arc::clone(&requests), Arc::clone(&stop));
        std::thread::spawn(move || {
            let started = Instant::now();
            while !stopped.load(Ordering::Relaxed) && started.elapsed() < Duration::from_secs(120) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let (handler, seen, stopped) =
                            (Arc::clone(&handler), Arc::clone(&seen), Arc::clone(&stopped));
                        std::thread::spawn(move || serve(stream, &*handler, &seen, &stopped));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Server { addr, requests, stop }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

fn serve(
    stream: TcpStream,
    handler: &dyn Fn(&Request) -> Reply,
    seen: &Mutex<Vec<Request>>,
    stop: &AtomicBool,
) {
    stream.set_nonblocking(false).ok();
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok();
    stream.set_write_timeout(Some(Duration::from_secs(5))).ok();
    let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).map_or(true, |n| n == 0) || h.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = h.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    let request = Request {
        path,
        headers,
        at: Instant::now(),
    };
    seen.lock().unwrap().push(request.clone());
    let mut out = stream;
    let head = |status: &str, extra: &str| format!("HTTP/1.1 {status}\r\nConnection: close\r\n{extra}");
    let until = Instant::now() + Duration::from_secs(20);
    let _ = match handler(&request) {
        Reply::Body {
            content_type,
            body,
            etag,
        } => {
            let etag = etag.map_or(String::new(), |e| format!("ETag: {e}\r\n"));
            let h = head(
                "200 OK",
                &format!(
                    "Content-Type: {content_type}\r\nContent-Length: {}\r\n{etag}\r\n",
                    body.len()
                ),
            );
            out.write_all(h.as_bytes()).and_then(|()| out.write_all(&body))
        }
        Reply::NotModified => out.write_all(head("304 Not Modified", "\r\n").as_bytes()),
        Reply::Status(code) => {
            let h = head(&format!("{code} Status"), "Content-Length: 6\r\n\r\nstatus");
            out.write_all(h.as_bytes())
        }
        Reply::Redirect(to) => {
            let h = head(
                "302 Found",
                &format!("Location: {to}\r\nContent-Length: 0\r\n\r\n"),
            );
            out.write_all(h.as_bytes())
        }
        Reply::Silent => {
            while Instant::now() < until && !stop.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(20));
            }
            Ok(())
        }
        Reply::Endless => {
            let h = head("200 OK", "Content-Type: application/rss+xml\r\n\r\n");
            let chunk = b"<rss>".repeat(13_107);
            let mut result = out.write_all(h.as_bytes());
            while result.is_ok() && Instant::now() < until && !stop.load(Ordering::Relaxed) {
                result = out.write_all(&chunk);
            }
            result
        }
    };
}
