//! Environment variables `GATEHOUSE__SECTION__KEY`, read as figment's `Env` reads them except
//! that a number or a boolean stays the text that was written: `123456` is a valid SMTP
//! password, not a number. Settings that are numbers or booleans take it back through
//! `extract_lossy`; lists and tables (`["10.0.0.0/8"]`) are parsed as before.

use figment::{
    Error, Metadata, Profile, Provider,
    providers::Env,
    value::{Dict, Map, Value},
};

pub struct StringEnv(Env);

impl StringEnv {
    pub fn prefixed(prefix: &str) -> Self {
        Self(Env::prefixed(prefix).split("__"))
    }
}

impl Provider for StringEnv {
    fn metadata(&self) -> Metadata {
        self.0.metadata()
    }

    fn data(&self) -> Result<Map<Profile, Dict>, Error> {
        let mut dict = Dict::new();
        for (key, raw) in self.0.iter() {
            let value = match raw.parse::<Value>().expect("parsing a Value never fails") {
                Value::Num(..) | Value::Bool(..) => Value::from(raw),
                parsed => parsed,
            };
            insert(&mut dict, &key.as_str().split('.').collect::<Vec<_>>(), value);
        }
        Ok(Profile::Default.collect(dict))
    }
}

/// Sets `path` in `dict`, making the tables on the way.
fn insert(dict: &mut Dict, path: &[&str], value: Value) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut table = dict;
    for key in parents {
        let entry = table
            .entry((*key).to_owned())
            .or_insert_with(|| Value::from(Dict::new()));
        if entry.as_dict().is_none() {
            *entry = Value::from(Dict::new());
        }
        let Value::Dict(_, inner) = entry else {
            unreachable!("made a table just above");
        };
        table = inner;
    }
    table.insert((*last).to_owned(), value);
}
