//! Chapter 2: the perceptron.
