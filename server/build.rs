//! Names the bundled UI's folder without `..`: rust-embed, in debug builds, serves a file only
//! when its canonical path starts with the folder path it was given, which a path with `..`
//! (not canonical when the UI was not built yet) never does.

use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let workspace = Path::new(&manifest)
        .parent()
        .expect("the server crate sits in the workspace");
    let dist = workspace.join("experience-ui").join("dist");
    println!("cargo:rustc-env=GATEHOUSE_UI_DIST={}", dist.display());
    println!("cargo:rerun-if-changed=build.rs");
}
