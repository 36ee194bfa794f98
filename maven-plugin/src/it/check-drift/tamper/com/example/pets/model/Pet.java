// edited by hand: paygen:check must notice
package com.example.pets.model;

public record Pet(String id) {}
