//! Many short lists of numbers end to end, cut by their ends: one
//! allocation where a `Vec` per article cost 100,000 (their headers, the
//! allocator's own and the slack were a tenth of the index's memory).

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Flat {
    data: Vec<u32>,
    ends: Vec<u32>,
}

impl Flat {
    pub fn push(&mut self, list: &[u32]) {
        self.data.extend_from_slice(list);
        self.ends.push(self.data.len() as u32);
    }

    pub fn get(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.data[start..self.ends[i] as usize]
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &[u32]> {
        (0..self.len()).map(|i| self.get(i))
    }

    /// Keeps the lists `keep(i)` says to, in order.
    pub fn retain(&mut self, keep: impl Fn(usize) -> bool) {
        let mut kept = Flat::default();
        for (i, list) in self.iter().enumerate() {
            if keep(i) {
                kept.push(list);
            }
        }
        *self = kept;
    }

    /// Gives back the room pushes left unused.
    pub fn shrink_to_fit(&mut self) {
        self.data.shrink_to_fit();
        self.ends.shrink_to_fit();
    }

    pub(super) fn heap(&self, h: &mut super::memory::Heap) {
        h.vec(&self.data, self.data.capacity());
        h.vec(&self.ends, self.ends.capacity());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_come_back_as_pushed_and_kept() {
        let mut f = Flat::default();
        f.push(&[1, 2]);
        f.push(&[]);
        f.push(&[3]);
        assert_eq!(f.iter().collect::<Vec<_>>(), [&[1, 2][..], &[], &[3]]);
        f.retain(|i| i != 0);
        assert_eq!(f.iter().collect::<Vec<_>>(), [&[][..], &[3]]);
    }
}
