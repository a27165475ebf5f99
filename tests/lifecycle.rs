//! The real binary on a real socket: it serves a corpus folder, reloads it
//! on SIGHUP (keeping the old one when the new one fails to load), answers
//! its own health check, and stops cleanly with exit code 0 on SIGTERM.

#![cfg(unix)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

const BINARY: &str = env!("CARGO_BIN_EXE_csto-timeline");

/// A corpus folder of its own, removed at the end.
struct Folder(PathBuf);

impl Folder {
    fn new(name: &str) -> Folder {
        let path =
            std::env::temp_dir().join(format!("csto-timeline-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        Folder(path)
    }

    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.0.join(name), text).unwrap();
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The server process; killed if a test fails half-way.
struct Server {
    child: Child,
    address: String,
    logs: Receiver<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start(corpus: &Path) -> Server {
    let address = format!("127.0.0.1:{}", free_port());
    let mut child = Command::new(BINARY)
        .args([
            "--corpus",
            corpus.to_str().unwrap(),
            "--listen",
            &address,
            "--shutdown-grace",
            "5",
        ])
        .env("TIMELINE_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (sender, logs) = channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = sender.send(line);
        }
    });
    let server = Server {
        child,
        address,
        logs,
    };
    wait_for_log(&server, "serving on");
    server
}

/// Waits (bounded) for a log line containing `needle`.
fn wait_for_log(server: &Server, needle: &str) -> String {
    loop {
        match server.logs.recv_timeout(Duration::from_secs(30)) {
            Ok(line) if line.contains(needle) => return line,
            Ok(_) => continue,
            Err(_) => panic!("no log line containing {needle:?}"),
        }
    }
}

/// A plain HTTP/1.1 GET; returns the status and the body.
fn get(address: &str, path: &str) -> std::io::Result<(u16, String)> {
    let mut stream = TcpStream::connect(address)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let status = response
        .get(9..12)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    Ok((status, body))
}

fn ready_documents(address: &str) -> u64 {
    let (status, body) = get(address, "/readyz").unwrap();
    assert_eq!(status, 200);
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    json["documents"].as_u64().unwrap()
}

fn signal(server: &Server, name: &str) {
    let status = Command::new("kill")
        .args([&format!("-{name}"), &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

const ARTICLE: &str = "On 3 October 2023, the Parliament of Armenia ratified the Rome Statute of the International Criminal Court.\n";

#[test]
fn reloads_on_sighup_keeps_the_old_corpus_on_failure_and_stops_cleanly_on_sigterm() {
    let folder = Folder::new("lifecycle");
    folder.write("a.txt", ARTICLE);
    folder.write(
        "corpus.toml",
        "[documents.\"a.txt\"]\npublished = 2023-10-04\n",
    );
    let mut server = start(&folder.0);

    assert_eq!(get(&server.address, "/healthz").unwrap().0, 200);
    assert_eq!(ready_documents(&server.address), 1);
    let (status, body) = get(&server.address, "/").unwrap();
    assert_eq!(status, 200);
    assert!(body.contains("Rome Statute"));

    let check = Command::new(BINARY)
        .args(["healthcheck", "--listen", &server.address])
        .status()
        .unwrap();
    assert!(
        check.success(),
        "the health check subcommand passes against a live server"
    );

    // A new article and SIGHUP: the new corpus is swapped in.
    folder.write(
        "b.txt",
        "Pashinyan met Putin in Moscow on 25 May 2023, the Kremlin said.\n",
    );
    signal(&server, "HUP");
    wait_for_log(&server, "reloaded");
    assert_eq!(ready_documents(&server.address), 2);

    // A manifest that does not parse: the old corpus keeps serving.
    folder.write("corpus.toml", "[documents.\"a.txt\"\npublished = ");
    signal(&server, "HUP");
    let failure = wait_for_log(&server, "reload failed");
    assert!(failure.contains("corpus.toml"), "{failure}");
    assert_eq!(ready_documents(&server.address), 2);

    signal(&server, "TERM");
    let status = server.child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "a clean exit on SIGTERM");
    assert!(
        get(&server.address, "/healthz").is_err(),
        "no longer listening"
    );
}

#[test]
fn a_corpus_whose_manifest_does_not_parse_stops_startup_with_a_clear_message() {
    let folder = Folder::new("broken-manifest");
    folder.write("a.txt", ARTICLE);
    folder.write(
        "corpus.toml",
        "[documents.\"a.txt\"]\npublished = 2023-02-30\n",
    );
    let output = Command::new(BINARY)
        .args([
            "--corpus",
            folder.0.to_str().unwrap(),
            "--listen",
            &format!("127.0.0.1:{}", free_port()),
        ])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains("corpus.toml") && message.contains("line 2"),
        "{message}"
    );
}

#[test]
fn the_health_check_fails_when_nothing_listens() {
    let status = Command::new(BINARY)
        .args([
            "healthcheck",
            "--listen",
            &format!("127.0.0.1:{}", free_port()),
        ])
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(!status.success());
}

/// The fields of a request line, as the log of a request shows them.
fn request_fields(line: &str) -> Vec<(&str, &str)> {
    let (_, fields) = line
        .split_once(": request ")
        .unwrap_or_else(|| panic!("not a request line: {line}"));
    fields
        .split(' ')
        .map(|field| field.split_once('=').unwrap())
        .collect()
}

#[test]
fn every_request_is_logged_with_its_method_path_status_time_and_id_cached_or_not() {
    let folder = Folder::new("request-log");
    folder.write("a.txt", ARTICLE);
    let mut server = start(&folder.0);
    for _ in 0..2 {
        // The second answer comes from the cache.
        assert_eq!(get(&server.address, "/?actor=armenia").unwrap().0, 200);
    }
    assert_eq!(get(&server.address, "/no/such/page").unwrap().0, 404);
    let mut lines = Vec::new();
    while lines.len() < 3 {
        lines.push(wait_for_log(&server, ": request "));
    }
    // Lines of requests served by different threads may come in another
    // order than the requests within a few milliseconds.
    let mut seen = Vec::new();
    for line in &lines {
        assert!(
            line.contains(" INFO csto_timeline::web::http: request "),
            "{line}"
        );
        let fields = request_fields(line);
        let names: Vec<&str> = fields.iter().map(|(name, _)| *name).collect();
        assert_eq!(
            names,
            ["method", "path", "status", "micros", "request_id"],
            "{line}"
        );
        assert_eq!(fields[0].1, "GET");
        assert!(fields[3].1.parse::<u64>().is_ok(), "{line}");
        assert_eq!(fields[4].1.len(), 38, "a quoted UUID: {line}");
        seen.push((fields[1].1.to_string(), fields[2].1.to_string()));
    }
    seen.sort();
    let expected = [
        ("\"/\"", "200"),
        ("\"/\"", "200"),
        ("\"/no/such/page\"", "404"),
    ]
    .map(|(path, status)| (path.to_string(), status.to_string()));
    assert_eq!(seen, expected);
    signal(&server, "TERM");
    assert_eq!(server.child.wait().unwrap().code(), Some(0));
}

#[test]
fn the_log_level_still_turns_request_lines_off() {
    let folder = Folder::new("request-log-off");
    folder.write("a.txt", ARTICLE);
    let address = format!("127.0.0.1:{}", free_port());
    let mut child = Command::new(BINARY)
        .args(["--corpus", folder.0.to_str().unwrap(), "--listen", &address])
        .args(["--log-level", "info,csto_timeline::web::http=warn"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut ready = false;
    for _ in 0..300 {
        if get(&address, "/readyz").is_ok_and(|(status, _)| status == 200) {
            ready = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(ready, "the server did not become ready");
    assert_eq!(get(&address, "/").unwrap().0, 200);
    assert_eq!(get(&address, "/").unwrap().0, 200);
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let mut log = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(0));
    assert!(log.contains("serving on"), "{log}");
    assert!(!log.contains(": request "), "{log}");
}
