fn main() {
    massage_map::start();
}
