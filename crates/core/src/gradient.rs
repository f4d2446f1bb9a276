//! Chapter 4: numerical differentiation and gradient descent.
